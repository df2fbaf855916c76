import type { ReadableStore } from '@echokit/core';
import { getCurrentScope, onScopeDispose, type Ref, readonly, shallowRef } from 'vue';

/**
 * Mirrors a core store into a read-only shallow ref, kept in sync until the surrounding effect scope
 * (component `setup`, `effectScope()`, a Pinia store) is disposed.
 */
export function useStore<T>(store: ReadableStore<T>): Readonly<Ref<T>> {
  const value = shallowRef(store.getSnapshot());
  const unsubscribe = store.subscribe(() => {
    value.value = store.getSnapshot();
  });
  if (getCurrentScope()) onScopeDispose(unsubscribe);
  return readonly(value) as Readonly<Ref<T>>;
}
