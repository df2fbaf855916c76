export type {
  BroadcastNotification,
  ChannelError,
  ChannelStatus,
  ChannelType,
  ConnectionSnapshot,
  ConnectionStatus,
  EchoCallback,
  EchoChannelFor,
  EchokitClient,
  EventMap,
  EventMeta,
  LaravelChannelResult,
  LaravelConnectionStatus,
  LaravelListenerResult,
  ModelPayload,
  PresenceMember,
  ResyncEvent,
  Visibility,
} from '@echokit/core';
export { configureEcho, echo, echoIsConfigured, setDefaultEchokit } from '@echokit/core';
export type {
  ChannelActions,
  ChannelState,
  ChannelStore,
  PresenceState,
  PresenceStore,
  UseChannelOptions,
  UsePresenceOptions,
} from './channel-state.js';
export { useChannel, usePresence } from './channel-store.js';
export { setEchokitContext, useEchokit } from './client-context.js';
export { type UseConnectionStateOptions, useConnectionState } from './connection-state.js';
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
  usePresenceChannel,
  usePublicChannel,
} from './use-echo.js';
