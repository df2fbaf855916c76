import type { ReadableStore, ServerRenderableStore } from '@echokit/core';
import { type Readable, readable } from 'svelte/store';
import { inBrowser } from './component-lifetime.js';

/** A core store's value here: its server snapshot (idle, stable) during server rendering, else the live one. */
export function snapshotOf<T>(store: ReadableStore<T> | ServerRenderableStore<T>): T {
  return !inBrowser() && 'getServerSnapshot' in store ? store.getServerSnapshot() : store.getSnapshot();
}

/**
 * Turns a core store into a Svelte store (`$store` works). It subscribes to core only while it has
 * subscribers of its own, so a destroyed component leaves nothing behind; `whileStarted` runs for the same
 * span and returns its own stop.
 *
 * @example
 * const connection = toReadable(client.connection); // $connection.status
 */
export function toReadable<T>(
  store: ReadableStore<T> | ServerRenderableStore<T>,
  whileStarted?: () => () => void,
): Readable<T> {
  return readable(snapshotOf(store), (set) => {
    set(snapshotOf(store));
    const stop = store.subscribe(() => set(snapshotOf(store)));
    const stopExtra = whileStarted?.();
    return () => {
      stop();
      stopExtra?.();
    };
  });
}
