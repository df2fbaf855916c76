import type {
  AnyEvents,
  ChannelError,
  ChannelHandle,
  ChannelLease,
  ChannelListeners,
  ChannelStatus,
  ChannelType,
  EventMap,
  EventName,
  EventPayload,
  PresenceHandle,
  PresenceListeners,
  PresenceMember,
  PresenceSnapshot,
  WhisperOptions,
} from '@echokit/core';
import { derived, type Readable, readable } from 'svelte/store';
import { useEchokit } from './client-context.js';
import { holdWhileMounted, inBrowser } from './component-lifetime.js';
import { echoSubscription, type LaravelChannelResult, type Visibility } from './echo-subscription.js';
import { inputStore, type MaybeReactive } from './reactive-input.js';
import type { TypedListeners } from './typed-listeners.js';

/** Options of {@link useChannel}: core's channel callbacks plus the channel type and an `enabled` switch. */
export interface UseChannelOptions<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>
  extends Omit<ChannelListeners<E, W>, 'listen' | 'whispers'> {
  /** Server events by name (`'OrderShipped'` → `App\\Events\\OrderShipped`, `'.raw.name'` as is). */
  listen?: TypedListeners<E>;
  /** Whispers by name, without the `client-` prefix. */
  whispers?: TypedListeners<W>;
  /** `'public'` (default), `'private'`, `'presence'` or `'encrypted'`. */
  type?: ChannelType;
  /** False leaves the channel (status `idle`) until it is true again. Default true. */
  enabled?: MaybeReactive<boolean>;
}

/** Options of {@link usePresence}: {@link UseChannelOptions} plus `onJoin` / `onLeave`. */
export interface UsePresenceOptions<
  TInfo = unknown,
  E extends EventMap = AnyEvents,
  W extends EventMap = AnyEvents,
> extends PresenceListeners<TInfo, E, W> {
  enabled?: MaybeReactive<boolean>;
}

/** What a channel store holds and offers. */
export interface ChannelActions<W extends EventMap = AnyEvents> {
  /** Sends a whisper (throttled per event by core); false when it cannot be sent now. */
  whisper<K extends EventName<W>>(event: K, payload: EventPayload<W, K>, options?: WhisperOptions): boolean;
  /** Leaves the channel now, for every consumer of it (status `idle`). */
  leave(): void;
}

/** The value of a {@link useChannel} store. */
export interface ChannelState<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>
  extends ChannelActions<W> {
  readonly status: ChannelStatus;
  readonly error: ChannelError | null;
  /** Core's shared channel handle (`null` while disabled), for its low-level API. */
  readonly channel: ChannelHandle<E, W> | null;
}

/** The value of a {@link usePresence} store. */
export interface PresenceState<
  TInfo = unknown,
  E extends EventMap = AnyEvents,
  W extends EventMap = AnyEvents,
> extends ChannelActions<W> {
  readonly status: ChannelStatus;
  readonly error: ChannelError | null;
  /** Members ordered by id; kept through reconnects. */
  readonly members: readonly PresenceMember<TInfo>[];
  readonly me: PresenceMember<TInfo> | null;
  readonly count: number;
  readonly channel: PresenceHandle<TInfo, E, W> | null;
}

/** A Svelte store (`$store`) of a channel's state, with its actions also on the store itself. */
export type ChannelStore<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents> = Readable<
  ChannelState<E, W>
> &
  ChannelActions<W>;

/** A Svelte store (`$store`) of a presence channel's state and members, with its actions on the store. */
export type PresenceStore<
  TInfo = unknown,
  E extends EventMap = AnyEvents,
  W extends EventMap = AnyEvents,
> = Readable<PresenceState<TInfo, E, W>> & ChannelActions<W>;

type AnyHandle = PresenceHandle<unknown, AnyEvents, AnyEvents>;
type AnyOptions = UsePresenceOptions<unknown> & { type?: ChannelType };

const IDLE = { status: 'idle', error: null, members: Object.freeze([]), me: null, count: 0 } as const;

/** The store behind useChannel and usePresence: follows `name`/`enabled`, holds one lease while started. */
function channelStore(name: MaybeReactive<string>, options: AnyOptions, type: ChannelType) {
  const client = useEchokit();
  const target = derived([inputStore(name), inputStore(options.enabled ?? true)], ([n, on]) =>
    on ? n : null,
  );
  let handle: AnyHandle | null = null;
  const actions: ChannelActions = {
    whisper: (event, payload, whisperOptions) => handle?.whisper(event, payload, whisperOptions) ?? false,
    leave: () => handle?.leave(),
  };
  const view = (snapshot: Omit<PresenceSnapshot, 'name' | 'type'>) => {
    const { status, error, members, me, count } = snapshot;
    const base = { status, error, channel: handle, ...actions };
    return type === 'presence' ? { ...base, members, me, count } : base;
  };
  const store = readable(view(IDLE), (set) => {
    let lease: ChannelLease<PresenceListeners> | null = null;
    let stopSnapshot = () => {};
    const stopTarget = target.subscribe((channelName) => {
      stopSnapshot();
      lease?.release();
      lease = null;
      handle = channelName === null ? null : (client.channel(channelName, type as 'presence') as AnyHandle);
      const current = handle;
      if (!current) return set(view(IDLE));
      // During server rendering the snapshot stays `idle`: nothing is joined.
      if (inBrowser()) lease = current.acquire(options as PresenceListeners);
      set(view(current.getSnapshot()));
      stopSnapshot = current.subscribe(() => set(view(current.getSnapshot())));
    });
    return () => {
      stopTarget();
      stopSnapshot();
      lease?.release();
    };
  });
  holdWhileMounted(store);
  return Object.assign(store, actions);
}

/**
 * A store of one channel's subscription, joined while a component using it is mounted (or while the store
 * has subscribers, outside components). Callbacks always see the latest closure and never resubscribe;
 * `name` and `enabled` may be getters or stores and move the subscription when they change.
 *
 * @example
 * <script lang="ts">
 *   let { orderId } = $props();
 *   const order = useChannel(() => `orders.${orderId}`, {
 *     type: 'private',
 *     listen: { OrderShipped: (e) => (shipped = e.order.id) },
 *   });
 * </script>
 * {#if $order.status === 'subscribed'}live{/if}
 */
export function useChannel<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>(
  name: MaybeReactive<string>,
  options?: UseChannelOptions<E, W>,
): ChannelStore<E, W>;
/** @laravel/echo-react/vue's `useChannel(name, visibility)`: holds the channel and returns Laravel's controls. */
export function useChannel<V extends Visibility>(name: string, visibility: V): LaravelChannelResult<V>;
export function useChannel(
  name: MaybeReactive<string>,
  options: UseChannelOptions | Visibility = {},
): ChannelStore | LaravelChannelResult {
  if (typeof options === 'string') return echoSubscription(name as string, options, {});
  return channelStore(name, options as AnyOptions, options.type ?? 'public') as unknown as ChannelStore;
}

/** @laravel/echo-react/vue's `usePublicChannel`. */
export function usePublicChannel(name: string): LaravelChannelResult<'public'> {
  return echoSubscription(name, 'public', {});
}

/** @laravel/echo-react/vue's `usePresenceChannel` (for the members as state, see {@link usePresence}). */
export function usePresenceChannel(name: string): LaravelChannelResult<'presence'> {
  return echoSubscription(name, 'presence', {});
}

/**
 * A store of a presence channel: its members (kept through reconnects, no flash of empty), `me`, `count`
 * and subscription state, plus whisper/leave.
 *
 * @example
 * const room = usePresence<{ name: string }>('chat.1', { onJoin: (m) => toast(`${m.info.name} joined`) });
 * // {#each $room.members as m (m.id)}{m.info.name}{/each}
 */
export function usePresence<TInfo = unknown, E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>(
  name: MaybeReactive<string>,
  options: UsePresenceOptions<TInfo, E, W> = {},
): PresenceStore<TInfo, E, W> {
  return channelStore(name, options as AnyOptions, 'presence') as unknown as PresenceStore<TInfo, E, W>;
}
