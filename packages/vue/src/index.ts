export {
  type BroadcastDriver,
  type BroadcastNotification,
  type ChannelError,
  type ChannelStatus,
  type ChannelType,
  type ConnectionSnapshot,
  type ConnectionStatus,
  configureEcho,
  type EchoCallback,
  type EchoChannelFor,
  type EchokitClient,
  type EventMap,
  type EventMeta,
  echo,
  echoIsConfigured,
  type LaravelChannelResult,
  type LaravelConnectionStatus,
  type LaravelListenerResult,
  type ModelPayload,
  type PresenceMember,
  type ResyncEvent,
  setDefaultEchokit,
  type Visibility,
} from '@echokit/core';
export type { ChannelActions, ChannelNameSource, SubscriptionOptions } from './channel-subscription.js';
export { createEchoPlugin, ECHOKIT_KEY, type EchoPlugin, useEchokit } from './client-context.js';
export { type EchoInstance, usePresenceChannel, usePublicChannel } from './compat-channel.js';
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
export { type UseChannelOptions, type UseChannelResult, useChannel } from './use-channel.js';
export {
  type UseConnectionStateOptions,
  type UseConnectionStateResult,
  useConnectionState,
} from './use-connection-state.js';
export { type UsePresenceOptions, type UsePresenceResult, usePresence } from './use-presence.js';
