import { type Readable, readable, toStore } from 'svelte/store';

/**
 * An input that may change: a plain value, a Svelte store, or a getter reading runes state (`() => roomId`,
 * re-read whenever the state it reads changes).
 */
export type MaybeReactive<T> = T | Readable<T> | (() => T);

function isReadable<T>(value: MaybeReactive<T>): value is Readable<T> {
  return (
    typeof value === 'object' && value !== null && typeof (value as Readable<T>).subscribe === 'function'
  );
}

/** One store for the three input forms. */
export function inputStore<T>(value: MaybeReactive<T>): Readable<T> {
  if (typeof value === 'function') return toStore(value as () => T);
  if (isReadable(value)) return value;
  return readable(value);
}
