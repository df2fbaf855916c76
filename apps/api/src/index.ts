export { sendMessage } from './actions/send-message.js';
export { NotificationTypes, sendNotification } from './actions/send-notification.js';
export { createApp } from './app.js';
export { createSession, destroySession, resolveSession, SESSION_COOKIE } from './auth/sessions.js';
export type { Broadcaster, PublishOptions } from './broadcasting/broadcaster.js';
export { type ChannelInfo, PusherChannelInfo } from './broadcasting/channel-info.js';
export {
  type ChannelAuthorization,
  type ChannelSigner,
  type PresenceMember,
  PusherChannelSigner,
  type UserAuthentication,
} from './broadcasting/channel-signer.js';
export { BroadcastChannels, BroadcastEvents } from './broadcasting/events.js';
export { PusherBroadcaster } from './broadcasting/pusher-broadcaster.js';
export { createPusherClient } from './broadcasting/pusher-client.js';
export {
  authorizeChannel,
  type ChannelAuthOutcome,
  type ChannelAuthRequest,
} from './channels/authorize-channel.js';
export {
  type ChannelRule,
  type ChannelRuleCallback,
  type ChannelRuleResult,
  channel,
  matchChannel,
} from './channels/channel-rule.js';
export { channelRules } from './channels/channel-rules.js';
export {
  type ApiConfig,
  type BrowserSocketConfig,
  ConfigError,
  DEFAULT_DATA_DIR,
  envSchema,
  loadConfig,
  type PusherConnectionConfig,
  parseStaticRoots,
} from './config.js';
export { ActiveUsersCounter } from './dashboard/active-users.js';
export {
  type DashboardSnapshot,
  MetricsGenerator,
  type MetricsGeneratorOptions,
  type MetricsSource,
} from './dashboard/metrics-generator.js';
export type { MetricsPoint } from './dashboard/metrics-simulation.js';
export { type Db, openDatabase } from './db/connection.js';
export { migrate } from './db/migrations.js';
export { prepareDatabase } from './db/prepare-database.js';
export { SEED_ROOMS, SEED_USERS, seed } from './db/seed.js';
export {
  DEMO_DEV_SERVERS,
  DEMO_STATIC_ROOTS,
  type RunningDemo,
  type StartDemoOptions,
  startDemo,
} from './demo/start-demo.js';
export type { AppDeps, AppEnv } from './http/app-env.js';
export { createLogger, failureReason, type Logger } from './logger.js';
export type { Message } from './models/message.js';
export type { StoredNotification } from './models/notification.js';
export type { Room } from './models/room.js';
export type { PresenceUserInfo, User } from './models/user.js';
export type { EchoConfig } from './routes/echo-config-routes.js';
export { type RunningApi, type StartApiOptions, startApi } from './start-api.js';
