import type {
  AnyEvents,
  ChannelLease,
  ChannelSnapshot,
  EventCallback,
  Listener,
  PresenceListeners,
  ServerRenderableStore,
} from '@echokit/core';
import { type RefObject, useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useLatest } from './use-latest.js';

type AnyListeners = PresenceListeners<unknown, AnyEvents, AnyEvents>;
type CallbackMap = Record<string, EventCallback<unknown> | undefined>;

/** What `useLease` needs from a core channel or presence handle. */
export interface LeasableHandle<S extends ChannelSnapshot> extends ServerRenderableStore<S> {
  // biome-ignore lint/suspicious/noExplicitAny: channel and presence handles type their listeners differently
  acquire(listeners?: any): ChannelLease<any>;
}

/** Callbacks with the same names as the latest options', each calling through the ref at event time. */
function forward(latest: RefObject<AnyListeners>): AnyListeners {
  const through = (pick: (options: AnyListeners) => CallbackMap | undefined) =>
    Object.fromEntries(
      Object.keys(pick(latest.current) ?? {}).map((name) => [
        name,
        (payload: unknown, meta: Parameters<EventCallback<unknown>>[1]) =>
          pick(latest.current)?.[name]?.(payload, meta),
      ]),
    );
  return {
    listen: through((options) => options.listen),
    whispers: through((options) => options.whispers),
    ...(latest.current.notification && { notification: (n) => latest.current.notification?.(n) }),
    onResync: (event) => latest.current.onResync?.(event),
    onError: (error) => latest.current.onError?.(error),
    onJoin: (member) => latest.current.onJoin?.(member),
    onLeave: (member) => latest.current.onLeave?.(member),
  };
}

/** Which events the options listen to: a change rewires the lease, never resubscribes. */
function listenedKeys(options: AnyListeners): string {
  return JSON.stringify([
    Object.keys(options.listen ?? {}),
    Object.keys(options.whispers ?? {}),
    !!options.notification,
  ]);
}

const noop = () => () => {};

/**
 * Holds `handle` while mounted and `enabled`, with callbacks that always see the latest `options`, and
 * returns its snapshot (`idle` while disabled and on the server) and the current lease.
 */
export function useLease<S extends ChannelSnapshot>(
  handle: LeasableHandle<S>,
  options: AnyListeners,
  enabled: boolean,
): [S, RefObject<ChannelLease<AnyListeners> | null>] {
  const latest = useLatest(options);
  const lease = useRef<ChannelLease<AnyListeners> | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const held = handle.acquire(forward(latest));
    lease.current = held;
    return () => {
      held.release();
      lease.current = null;
    };
  }, [handle, enabled, latest]);
  const keys = listenedKeys(options);
  // biome-ignore lint/correctness/useExhaustiveDependencies: rewire exactly when the listened names change
  useEffect(() => {
    lease.current?.update(forward(latest));
  }, [keys, latest]);
  const subscribe = useCallback(
    (listener: Listener) => (enabled ? handle.subscribe(listener) : noop()),
    [handle, enabled],
  );
  const idle = handle.getServerSnapshot();
  const snapshot = useSyncExternalStore(
    subscribe,
    () => (enabled ? handle.getSnapshot() : idle),
    () => idle,
  );
  return [snapshot, lease];
}
