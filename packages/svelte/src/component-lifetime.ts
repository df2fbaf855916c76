import { onMount } from 'svelte';
import type { Readable } from 'svelte/store';

/** True in a browser; during server rendering no channel is joined and no socket is opened. */
export const inBrowser = (): boolean => typeof window !== 'undefined';

const noop = () => {};

/**
 * Keeps `store` started from mount to destroy when called during a component's initialisation, so
 * callbacks run even if the template never reads `$store`. Elsewhere (a `.svelte.ts` module) the store's
 * own subscribers decide: it starts with the first and stops after the last. On the server `onMount` never
 * runs, so nothing starts there.
 */
export function holdWhileMounted<T>(store: Readable<T>): void {
  try {
    onMount(() => store.subscribe(noop));
  } catch {
    // Not inside a component's initialisation: subscriber counting alone manages the lifetime.
  }
}
