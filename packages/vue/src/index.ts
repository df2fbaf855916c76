export {
  type ChannelError,
  type ChannelStatus,
  type ChannelType,
  type ConnectionSnapshot,
  type ConnectionStatus,
  configureEcho,
  type EchokitClient,
  type EventMap,
  type EventMeta,
  echo,
  echoIsConfigured,
  type PresenceMember,
  type ResyncEvent,
} from '@echokit/core';
export type { ChannelActions, ChannelNameSource, SubscriptionOptions } from './channel-subscription.js';
export { createEchoPlugin, ECHOKIT_KEY, type EchoPlugin, useEchokit } from './client-context.js';
export {
  type BroadcastDriver,
  type EchoChannel,
  type EchoInstance,
  type LaravelChannelReturn,
  type UseEchoReturn,
  usePresenceChannel,
  usePublicChannel,
  type Visibility,
} from './compat-channel.js';
export { useConnectionStatus, useSocketId } from './connection-compat.js';
export {
  type ModelEvents,
  useEcho,
  useEchoModel,
  useEchoNotification,
  useEchoPresence,
  useEchoPublic,
} from './echo-compat.js';
export type { SnapshotRefs } from './snapshot-refs.js';
export { type UseChannelOptions, type UseChannelReturn, useChannel } from './use-channel.js';
export {
  type UseConnectionStateOptions,
  type UseConnectionStateReturn,
  useConnectionState,
} from './use-connection-state.js';
export { type UsePresenceOptions, type UsePresenceReturn, usePresence } from './use-presence.js';
