import { type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the value of the last committed render, so callbacks registered once can call
 * the latest closure without resubscribing.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  // A layout effect runs before any event that the commit could have caused reaches the callbacks.
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
