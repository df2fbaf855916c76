import type { ReadableStore } from '@echokit/core';
import { type Readable, readable } from 'svelte/store';

/**
 * Turns a core store into a Svelte store (`$store` works). It subscribes to core only while it has
 * subscribers of its own, so a destroyed component leaves nothing behind.
 */
export function toReadable<T>(store: ReadableStore<T>): Readable<T> {
  return readable(store.getSnapshot(), (set) => {
    set(store.getSnapshot());
    return store.subscribe(() => set(store.getSnapshot()));
  });
}
