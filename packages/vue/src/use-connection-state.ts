import { type ConnectionSnapshot, IDLE_CONNECTION } from '@echokit/core';
import { shallowRef } from 'vue';
import { useEchokit } from './client-context.js';
import { follow, whenLive } from './live-scope.js';
import { type SnapshotRefs, snapshotRefs } from './snapshot-refs.js';

/** Options of {@link useConnectionState}. */
export interface UseConnectionStateOptions {
  /** Called once after every reconnect (not the first connect): the place to refetch. */
  onResync?: () => void;
}

/** What {@link useConnectionState} returns: each field of core's connection snapshot as a ref. */
export type UseConnectionStateResult = SnapshotRefs<ConnectionSnapshot, keyof ConnectionSnapshot>;

/**
 * The connection's state as refs: `status` (`idle | connecting | connected | reconnecting | failed |
 * disconnected`), `socketId`, `attempt`, `lastError`, `online`, `since`. Reading it opens no connection;
 * it shows `idle` until something does, and on the server.
 *
 * @example
 * const { status, attempt } = useConnectionState({ onResync: () => refetchAll() });
 * // <p v-if="status === 'reconnecting'">Reconnecting (try {{ attempt }})…</p>
 */
export function useConnectionState(options: UseConnectionStateOptions = {}): UseConnectionStateResult {
  const client = useEchokit();
  const snapshot = shallowRef(IDLE_CONNECTION);
  whenLive(() => {
    const stops = [
      follow(client.connection, snapshot),
      client.connection.onReconnect(() => options.onResync?.()),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  });
  return snapshotRefs(snapshot, ['status', 'socketId', 'attempt', 'lastError', 'online', 'since']);
}
