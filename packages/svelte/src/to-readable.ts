import type { ReadableStore } from '@echokit/core';
import { type Readable, readable } from 'svelte/store';

/**
 * Turns a core store into a Svelte store (`$store` works). It subscribes to core only while it has
 * subscribers of its own, so a destroyed component leaves nothing behind; `whileStarted` runs for the same
 * span and returns its own stop.
 *
 * @example
 * const connection = toReadable(client.connection); // $connection.status
 */
export function toReadable<T>(store: ReadableStore<T>, whileStarted?: () => () => void): Readable<T> {
  return readable(store.getSnapshot(), (set) => {
    set(store.getSnapshot());
    const stop = store.subscribe(() => set(store.getSnapshot()));
    const stopExtra = whileStarted?.();
    return () => {
      stop();
      stopExtra?.();
    };
  });
}
