import type { ChannelLease, ChannelListeners, ChannelType, EchokitClient } from '@echokit/core';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { useEchokit } from './echo-provider.js';
import { useLatest } from './use-latest.js';

/** @laravel/echo-react's channel visibilities (`useEcho`'s last argument). */
export type Visibility = 'private' | 'public' | 'presence';

/** laravel-echo's channel object for a visibility, as `channel()` returns it. */
export type EchoChannelFor<V extends Visibility> = ReturnType<
  EchokitClient['echo'][V extends 'presence' ? 'join' : V extends 'private' ? 'private' : 'channel']
>;

/** What @laravel/echo-react's `useChannel` returns. */
export interface LaravelChannelResult<V extends Visibility = Visibility> {
  /** Leaves this channel (after core's grace period, if nobody else holds it); `true` = like `leave()`. */
  leaveChannel(leaveAll?: boolean): void;
  /** Leaves the channel and its public/private/encrypted/presence variants that nobody else holds. */
  leave(): void;
  /** Echo's channel object while held, else `null`. */
  channel(): EchoChannelFor<V> | null;
}

/** What @laravel/echo-react's `useEcho`, `useEchoPublic`, `useEchoPresence`, `useEchoModel` return. */
export interface LaravelListenerResult<V extends Visibility = Visibility> extends LaravelChannelResult<V> {
  /** Stops the callback without leaving the channel. */
  stopListening(): void;
  /** Starts the callback again after `stopListening()`. */
  listen(): void;
}

const VARIANTS: ChannelType[] = ['public', 'private', 'encrypted', 'presence'];

/** Laravel's `leaveChannel` / `leave` / `channel` over a core lease. */
export function laravelControls<V extends Visibility>(
  client: EchokitClient,
  handle: { echoChannel(): unknown },
  lease: RefObject<ChannelLease<never> | null>,
  name: string | undefined,
): LaravelChannelResult<V> {
  const leaveChannel = (leaveAll = false) => {
    lease.current?.release();
    if (!leaveAll || name === undefined) return;
    for (const type of VARIANTS) {
      const variant = client.channel(name, type as 'public');
      if (variant.leaseCount() === 0) variant.leave();
    }
  };
  return {
    leaveChannel,
    leave: () => leaveChannel(true),
    channel: () => handle.echoChannel() as EchoChannelFor<V> | null,
  };
}

/**
 * The lease behind the Laravel-shaped hooks: holds `name` while mounted with `listeners` (keep it
 * memoized: a new object rewires, never resubscribes) and returns Laravel's controls.
 */
export function useLaravelChannel<V extends Visibility>(
  name: string | undefined,
  visibility: V,
  listeners: ChannelListeners,
): LaravelListenerResult<V> {
  const client = useEchokit();
  const handle = client.channel(name ?? '', visibility as 'public');
  const lease = useRef<ChannelLease<ChannelListeners> | null>(null);
  const latest = useLatest(listeners);
  useEffect(() => {
    if (name === undefined) return;
    const held = handle.acquire(latest.current);
    lease.current = held;
    return () => held.release();
  }, [handle, name, latest]);
  // A new listeners object (other event names) rewires the lease; never resubscribes.
  useEffect(() => lease.current?.update(listeners), [listeners]);
  return useMemo(
    () => ({
      ...laravelControls(client, handle, lease, name),
      stopListening: () => lease.current?.update({}),
      listen: () => lease.current?.update(listeners),
    }),
    [client, handle, name, listeners],
  );
}
