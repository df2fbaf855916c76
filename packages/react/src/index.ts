export {
  type ConnectionSnapshot,
  type ConnectionStatus,
  configureEcho,
  type EchoCallback,
  type EchoChannelFor,
  type EchokitClient,
  echo,
  echoIsConfigured,
  type LaravelChannelResult,
  type LaravelConnectionStatus,
  type LaravelListenerResult,
  type PresenceMember,
  type Visibility,
} from '@echokit/core';
export { EchoProvider, type EchoProviderProps, useEchokit } from './echo-provider.js';
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
  useEcho,
  useEchoModel,
  useEchoNotification,
  useEchoPresence,
  useEchoPublic,
} from './use-echo.js';
export { type UsePresenceOptions, type UsePresenceResult, usePresence } from './use-presence.js';
export { useStore } from './use-store.js';
