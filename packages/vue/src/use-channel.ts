import type {
  AnyEvents,
  ChannelError,
  ChannelHandle,
  ChannelListeners,
  ChannelStatus,
  ChannelType,
  EventMap,
  LaravelChannelResult,
  Visibility,
} from '@echokit/core';
import type { ComputedRef } from 'vue';
import {
  type ChannelActions,
  type ChannelNameSource,
  type SubscriptionOptions,
  useChannelSubscription,
} from './channel-subscription.js';
import { useLaravelChannel } from './compat-channel.js';
import { snapshotRefs } from './snapshot-refs.js';

/** Options of {@link useChannel}: the channel type, its callbacks (typed by event maps) and `enabled`. */
export interface UseChannelOptions<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>
  extends ChannelListeners<E, W>,
    SubscriptionOptions {
  /** Default `'public'`; decides the name prefix like laravel-echo (`private-`, `private-encrypted-`). */
  type?: Exclude<ChannelType, 'presence'>;
}

/** What {@link useChannel} returns: the subscription state as refs plus whisper/leave/channel. */
export interface UseChannelResult<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>
  extends ChannelActions<W> {
  /** `idle` (not held: disabled, before mount, on the server), `pending`, `subscribed` or `error`. */
  readonly status: ComputedRef<ChannelStatus>;
  /** Why the subscription failed (the auth endpoint's status and message), else `null`. */
  readonly error: ComputedRef<ChannelError | null>;
  /** Core's shared handle for the current name (Echo's channel object via `.echoChannel()`); `null` without a name. */
  readonly channel: ComputedRef<ChannelHandle<E, W> | null>;
}

/**
 * Subscribes to a channel for the life of the calling component (or `effectScope()`, or Pinia store).
 * `name` and `options.enabled` may be refs or getters: a change leaves the old channel and joins the new
 * one. Callbacks are read when an event arrives, so they are always the latest and never resubscribe.
 *
 * @example
 * const { status, whisper } = useChannel<ShopEvents>(() => `orders.${props.id}`, {
 *   type: 'private',
 *   listen: { OrderShipped: (e, meta) => toast(`${meta.event}: #${e.order.id}`) },
 *   onResync: ({ recovered }) => recovered || refetch(),
 * });
 */
export function useChannel<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>(
  name: ChannelNameSource,
  options?: UseChannelOptions<E, W>,
): UseChannelResult<E, W>;
/** @laravel/echo-vue's `useChannel(name, visibility)`: holds the channel and returns Laravel's controls. */
export function useChannel<V extends Visibility>(name: string, visibility: V): LaravelChannelResult<V>;
export function useChannel(
  name: ChannelNameSource,
  options: UseChannelOptions | Visibility = {},
): UseChannelResult | LaravelChannelResult<Visibility> {
  if (typeof options === 'string') return useLaravelChannel(name as string, options);
  const { snapshot, ...actions } = useChannelSubscription(
    name,
    options.type ?? 'public',
    options as ChannelListeners,
  );
  return { ...snapshotRefs(snapshot, ['status', 'error']), ...actions };
}
