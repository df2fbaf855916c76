export {
  type ConnectionSnapshot,
  type ConnectionStatus,
  configureEcho,
  type EchokitClient,
  echo,
  echoIsConfigured,
  type LaravelConnectionStatus,
  type PresenceMember,
} from '@echokit/core';
export { EchoProvider, type EchoProviderProps, useEchokit } from './echo-provider.js';
export type {
  EchoChannelFor,
  LaravelChannelResult,
  LaravelListenerResult,
  Visibility,
} from './laravel-channel.js';
export { useConnectionStatus, useSocketId } from './laravel-connection.js';
export {
  type UseChannelOptions,
  type UseChannelResult,
  useChannel,
  usePresenceChannel,
  usePublicChannel,
} from './use-channel.js';
export { type UseConnectionStateOptions, useConnectionState } from './use-connection-state.js';
export {
  type EchoCallback,
  useEcho,
  useEchoModel,
  useEchoNotification,
  useEchoPresence,
  useEchoPublic,
} from './use-echo.js';
export { type UsePresenceOptions, type UsePresenceResult, usePresence } from './use-presence.js';
export { useStore } from './use-store.js';
