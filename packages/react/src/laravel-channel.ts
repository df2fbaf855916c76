import {
  type ChannelLease,
  type ChannelListeners,
  type EchoChannelFor,
  type EchokitClient,
  type LaravelChannelResult,
  type LaravelListenerResult,
  leaveUnusedVariants,
  type Visibility,
} from '@echokit/core';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { useEchokit } from './echo-provider.js';
import { useLatest } from './use-latest.js';

/** Laravel's `leaveChannel` / `leave` / `channel` over a core lease. */
export function laravelControls<V extends Visibility>(
  client: EchokitClient,
  handle: { echoChannel(): unknown },
  lease: RefObject<ChannelLease<never> | null>,
  name: string | undefined,
): LaravelChannelResult<V> {
  const leaveChannel = (leaveAll = false) => {
    lease.current?.release();
    if (leaveAll && name !== undefined) leaveUnusedVariants(client, name);
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
