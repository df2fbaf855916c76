import type { ReadableStore } from '@echokit/core';
import { useSyncExternalStore } from 'react';

/**
 * Subscribes a component to a core store. Re-renders only when the snapshot's identity changes;
 * on the server it renders `serverSnapshot` (or the current snapshot) without subscribing.
 */
export function useStore<T>(store: ReadableStore<T>, serverSnapshot?: T): T {
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.getSnapshot(),
    () => (serverSnapshot === undefined ? store.getSnapshot() : serverSnapshot),
  );
}
