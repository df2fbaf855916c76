import { type ConnectionSnapshot, type LaravelConnectionStatus, toLaravelStatus } from '@echokit/core';
import { derived, type Readable } from 'svelte/store';
import { useEchokit } from './client-context.js';
import { holdWhileMounted, inBrowser } from './component-lifetime.js';
import { toReadable } from './to-readable.js';

/** The connection store, opening the connection when started in a browser, as Laravel's hooks do. */
function connectingStore<T>(pick: (snapshot: ConnectionSnapshot) => T): Readable<T> {
  const client = useEchokit();
  const connection = toReadable(client.connection, () => {
    if (inBrowser() && !client.hasEcho()) client.connect();
    return () => {};
  });
  const store = derived(connection, pick);
  holdWhileMounted(store);
  return store;
}

/**
 * @laravel/echo-react/vue's `useConnectionStatus` as a store: `connected`, `connecting`, `reconnecting`,
 * `disconnected` or `failed`. Unlike Laravel's pusher mapping, a retrying connection reads `reconnecting`.
 *
 * @example
 * const status = useConnectionStatus(); // {#if $status !== 'connected'}Offline{/if}
 */
export function useConnectionStatus(): Readable<LaravelConnectionStatus> {
  return connectingStore((snapshot) => toLaravelStatus(snapshot.status));
}

/**
 * @laravel/echo-react/vue's `useSocketId` as a store: the socket id while connected (for `X-Socket-ID`).
 *
 * @example
 * const socketId = useSocketId(); // fetch(url, { headers: { 'X-Socket-ID': $socketId ?? '' } })
 */
export function useSocketId(): Readable<string | undefined> {
  return connectingStore((snapshot) => snapshot.socketId ?? undefined);
}
