import { type ConnectionSnapshot, IDLE_CONNECTION } from '@echokit/core';
import { useEffect } from 'react';
import { useEchokit } from './echo-provider.js';
import { useLatest } from './use-latest.js';
import { useStore } from './use-store.js';

/** Options of {@link useConnectionState}. */
export interface UseConnectionStateOptions {
  /** Called once after every reconnect (not the first connect): the place to refetch. */
  onResync?: () => void;
}

/**
 * The connection's state: `{ status, socketId, attempt, lastError, online, since }`, `status` being
 * `idle | connecting | connected | reconnecting | failed | disconnected`. Reading it opens nothing
 * (`idle` until a channel is used or `client.connect()`); the server renders `idle`.
 *
 * @example
 * const { status, attempt } = useConnectionState({ onResync: () => refetchAll() });
 * if (status === 'reconnecting') return <Banner>Reconnecting (attempt {attempt})…</Banner>;
 */
export function useConnectionState(options: UseConnectionStateOptions = {}): ConnectionSnapshot {
  const { connection } = useEchokit();
  const latest = useLatest(options);
  useEffect(() => connection.onReconnect(() => latest.current.onResync?.()), [connection, latest]);
  return useStore(connection, IDLE_CONNECTION);
}
