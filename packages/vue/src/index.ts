export {
  type BroadcastNotification,
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
  type LaravelConnectionStatus,
  type ModelPayload,
  type PresenceMember,
  type ResyncEvent,
  setDefaultEchokit,
} from '@echokit/core';
export type { ChannelActions, ChannelNameSource, SubscriptionOptions } from './channel-subscription.js';
export { createEchoPlugin, ECHOKIT_KEY, type EchoPlugin, useEchokit } from './client-context.js';
export {
  type BroadcastDriver,
  type EchoChannelFor,
  type EchoInstance,
  type LaravelChannelResult,
  type LaravelListenerResult,
  usePresenceChannel,
  usePublicChannel,
  type Visibility,
} from './compat-channel.js';
export { useConnectionStatus, useSocketId } from './connection-compat.js';
export {
  type EchoCallback,
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
