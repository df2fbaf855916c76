export type { ChannelHandle, PresenceHandle } from './channel-handle.js';
export { fullChannelName } from './channel-handle.js';
export type {
  ChannelError,
  ChannelLease,
  ChannelListeners,
  ChannelSnapshot,
  ChannelStatus,
  ChannelType,
  PresenceListeners,
  PresenceMember,
  PresenceSnapshot,
  WhisperOptions,
} from './channel-types.js';
export { createEchokit, type EchokitClient, type EchokitOptions, type EchokitSettings } from './client.js';
export {
  type ConnectionError,
  type ConnectionSnapshot,
  type ConnectionStatus,
  IDLE_CONNECTION,
} from './connection-status.js';
export type { ConnectionStore } from './connection-store.js';
export {
  configureEcho,
  echo,
  echoIsConfigured,
  getEchokit,
  laravelDefaults,
  setDefaultEchokit,
} from './default-client.js';
export type {
  AnyEvents,
  BroadcastNotification,
  EventCallback,
  EventListeners,
  EventMap,
  EventMeta,
  EventName,
  EventPayload,
  ModelPayload,
} from './event-map.js';
export {
  type BroadcastDriver,
  type EchoCallback,
  type EchoChannelFor,
  type LaravelChannelResult,
  type LaravelListenerResult,
  leaveUnusedVariants,
  type Visibility,
} from './laravel-channel.js';
export {
  type LaravelConnectionStatus,
  type ModelEventName,
  matchesNotificationType,
  modelChannelName,
  modelEventNames,
  NOTIFICATION_EVENT,
  toLaravelStatus,
} from './laravel-compat.js';
export { compareMemberIds, diffMembers, type MemberDiff } from './presence-members.js';
export type { RecoveryContext, RecoveryExtension, ResyncEvent } from './resync.js';
export {
  type Listener,
  type ReadableStore,
  type ServerRenderableStore,
  Subscribable,
} from './subscribable.js';
