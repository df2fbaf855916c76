import type { ReadableStore } from '@echokit/core';
import { getCurrentInstance, getCurrentScope, onMounted, onScopeDispose, type ShallowRef } from 'vue';

/** True where there is no DOM (server rendering): nothing subscribes or connects there. */
export const onServer = (): boolean => typeof window === 'undefined';

/**
 * Runs `start` when the caller goes live, and its returned stop when the caller's scope is disposed. In a
 * component that is after mount, so server rendering and hydration both see the idle state; inside
 * `effectScope()` or a store it is at once; on the server never.
 */
export function whenLive(start: () => () => void): void {
  if (onServer()) return;
  const scope = getCurrentScope();
  const run = () => {
    const stop = start();
    if (getCurrentScope()) onScopeDispose(stop);
  };
  if (getCurrentInstance() && scope) onMounted(() => scope.run(run));
  else run();
}

/** Mirrors a core store's snapshot into `target` until the returned stop is called. */
export function follow<T>(store: ReadableStore<T>, target: ShallowRef<T>): () => void {
  target.value = store.getSnapshot();
  return store.subscribe(() => {
    target.value = store.getSnapshot();
  });
}
