import { type ComputedRef, computed, type Ref } from 'vue';

/** One computed ref per field of a snapshot ref. */
export type SnapshotRefs<T, K extends keyof T> = { readonly [P in K]: ComputedRef<T[P]> };

/**
 * Splits a snapshot ref into one computed ref per field, so a template that shows `status` does not
 * re-render when only `members` changed.
 */
export function snapshotRefs<T, K extends keyof T>(snapshot: Ref<T>, keys: readonly K[]): SnapshotRefs<T, K> {
  return Object.fromEntries(keys.map((key) => [key, computed(() => snapshot.value[key])])) as SnapshotRefs<
    T,
    K
  >;
}
