// The api's own response types; `export type` is erased from the bundles, so no server code reaches a browser.
export type {
  DashboardSnapshot,
  EchoConfig,
  Message,
  MetricsPoint,
  PresenceUserInfo,
  Room,
  StoredNotification,
  User,
} from '@echokit-demo/api';
