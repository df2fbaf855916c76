import type { ConnectionSnapshot } from '@echokit/core';
import type { Readable } from 'svelte/store';
import { useEchokit } from './client-context.js';
import { holdWhileMounted } from './component-lifetime.js';
import { toReadable } from './to-readable.js';

/** Options of {@link useConnectionState}. */
export interface UseConnectionStateOptions {
  /** Called once after every reconnect (not the first connect): the place to refetch. */
  onResync?: () => void;
}

/**
 * A store of the connection: `{ status, socketId, attempt, lastError, online, since }`, where `status` is
 * `idle | connecting | connected | reconnecting | failed | disconnected`.
 *
 * @example
 * const connection = useConnectionState({ onResync: () => refetchMessages() });
 * // {#if $connection.status === 'reconnecting'}Reconnecting (try {$connection.attempt})…{/if}
 */
export function useConnectionState(options: UseConnectionStateOptions = {}): Readable<ConnectionSnapshot> {
  const { connection } = useEchokit();
  const store = toReadable(connection, () => connection.onReconnect(() => options.onResync?.()));
  holdWhileMounted(store);
  return store;
}
