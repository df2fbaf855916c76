export type {
  BroadcastNotification,
  ChannelError,
  ChannelStatus,
  ChannelType,
  ConnectionSnapshot,
  ConnectionStatus,
  EchokitClient,
  EventMap,
  EventMeta,
  LaravelConnectionStatus,
  ModelPayload,
  PresenceMember,
  ResyncEvent,
} from '@echokit/core';
export { configureEcho, echo, echoIsConfigured, setDefaultEchokit } from '@echokit/core';
export {
  type ChannelActions,
  type ChannelState,
  type ChannelStore,
  type PresenceState,
  type PresenceStore,
  type UseChannelOptions,
  type UsePresenceOptions,
  useChannel,
  usePresence,
  usePresenceChannel,
  usePublicChannel,
} from './channel-store.js';
export { setEchokitContext, useEchokit } from './client-context.js';
export { type UseConnectionStateOptions, useConnectionState } from './connection-state.js';
export type {
  EchoCallback,
  EchoChannelFor,
  LaravelChannelResult,
  LaravelListenerResult,
  Visibility,
} from './echo-subscription.js';
export { useConnectionStatus, useSocketId } from './laravel-connection.js';
export type { MaybeReactive } from './reactive-input.js';
export { toReadable } from './to-readable.js';
export {
  type Dependency,
  type ModelEvents,
  useEcho,
  useEchoModel,
  useEchoNotification,
  useEchoPresence,
  useEchoPublic,
} from './use-echo.js';
