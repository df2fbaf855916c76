import { type LaravelConnectionStatus, toLaravelStatus } from '@echokit/core';
import { computed, type Ref } from 'vue';
import { useEchokit } from './client-context.js';
import { onServer } from './live-scope.js';
import { useConnectionState } from './use-connection-state.js';

/** Laravel creates Echo (and so the connection) when these composables are called; so do we, except on the server. */
function useLiveConnection() {
  const client = useEchokit();
  if (!onServer() && !client.hasEcho()) client.connect();
  return useConnectionState();
}

/**
 * @laravel/echo-vue's `useConnectionStatus`: Echo's status as a ref. Unlike Laravel's pusher mapping, a
 * retrying connection reads `reconnecting` (not `failed`).
 *
 * @example
 * const status = useConnectionStatus(); // 'connected' | 'connecting' | 'reconnecting' | 'disconnected' | 'failed'
 */
export function useConnectionStatus(): Readonly<Ref<LaravelConnectionStatus>> {
  const { status } = useLiveConnection();
  return computed(() => toLaravelStatus(status.value));
}

/**
 * @laravel/echo-vue's `useSocketId`: the socket id as a ref (for `X-Socket-ID` / `toOthers()`), `undefined`
 * while not connected.
 *
 * @example
 * const socketId = useSocketId();
 * fetch('/messages', { method: 'POST', headers: { 'X-Socket-ID': socketId.value ?? '' } });
 */
export function useSocketId(): Readonly<Ref<string | undefined>> {
  const { socketId } = useLiveConnection();
  return computed(() => socketId.value ?? undefined);
}
