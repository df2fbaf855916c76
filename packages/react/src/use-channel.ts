import type {
  AnyEvents,
  ChannelError,
  ChannelHandle,
  ChannelListeners,
  ChannelStatus,
  ChannelType,
  EventMap,
  EventName,
  EventPayload,
  LaravelChannelResult,
  Visibility,
  WhisperOptions,
} from '@echokit/core';
import { useMemo } from 'react';
import { useLease } from './channel-lease.js';
import { useEchokit } from './echo-provider.js';
import { laravelControls, useLaravelChannel } from './laravel-channel.js';

const NO_LISTENERS = {};

/** Options of {@link useChannel}: core's listeners plus the channel type and an on/off switch. */
export interface UseChannelOptions<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>
  extends ChannelListeners<E, W> {
  /** Default `'public'`. */
  type?: Exclude<ChannelType, 'presence'>;
  /** `false` releases the channel (status `idle`); default `true`. */
  enabled?: boolean;
}

/** What {@link useChannel} returns; the object keeps its identity until the channel's state changes. */
export interface UseChannelResult<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents> {
  status: ChannelStatus;
  error: ChannelError | null;
  /** Sends a whisper to the other members (throttled per event); false when it cannot be sent now. */
  whisper<K extends EventName<W>>(event: K, payload: EventPayload<W, K>, options?: WhisperOptions): boolean;
  /** Leaves the channel now, for every component using it. */
  leave(): void;
  /** Core's shared handle (Echo's channel object via `channel.echoChannel()`). */
  channel: ChannelHandle<E, W>;
}

/**
 * Subscribes while mounted and returns the channel's state. Callbacks always see the latest render's
 * closure and never cause a resubscribe; changing `name`, `type` or `enabled` moves the subscription.
 *
 * @example
 * const { status } = useChannel<ShopEvents>(`orders.${id}`, {
 *   type: 'private',
 *   listen: { OrderShipped: (e) => setShipped(e.order.id) },
 *   onResync: ({ recovered }) => recovered || refetch(),
 * });
 */
export function useChannel<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>(
  name: string,
  options?: UseChannelOptions<E, W>,
): UseChannelResult<E, W>;
/** @laravel/echo-react's `useChannel(name, visibility)`: holds the channel and returns Laravel's controls. */
export function useChannel<V extends Visibility>(name: string, visibility: V): LaravelChannelResult<V>;
export function useChannel(
  name: string,
  options: UseChannelOptions | Visibility = {},
): UseChannelResult | LaravelChannelResult {
  const laravel = typeof options === 'string';
  const { type = 'public', enabled = true, ...listeners } = laravel ? { type: options } : options;
  const client = useEchokit();
  const handle = client.channel(name, type as 'public');
  const [snapshot, lease] = useLease(handle, listeners, enabled);
  const state = laravel ? null : snapshot;
  return useMemo(
    () =>
      state
        ? {
            status: state.status,
            error: state.error,
            whisper: (event, payload, whisperOptions) => handle.whisper(event, payload, whisperOptions),
            leave: () => handle.leave(),
            channel: handle,
          }
        : laravelControls(client, handle, lease, name),
    [state, client, handle, lease, name],
  );
}

/** @laravel/echo-react's `usePublicChannel`. */
export function usePublicChannel(name: string): LaravelChannelResult<'public'> {
  return useLaravelChannel(name, 'public', NO_LISTENERS);
}

/** @laravel/echo-react's `usePresenceChannel` (for members as state, see `usePresence`). */
export function usePresenceChannel(name: string): LaravelChannelResult<'presence'> {
  return useLaravelChannel(name, 'presence', NO_LISTENERS);
}
