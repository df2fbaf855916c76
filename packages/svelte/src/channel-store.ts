import type {
  AnyEvents,
  ChannelLease,
  ChannelType,
  EventMap,
  LaravelChannelResult,
  PresenceHandle,
  PresenceListeners,
  PresenceSnapshot,
  Visibility,
} from '@echokit/core';
import { derived, readable } from 'svelte/store';
import type {
  ChannelActions,
  ChannelStore,
  PresenceStore,
  UseChannelOptions,
  UsePresenceOptions,
} from './channel-state.js';
import { useEchokit } from './client-context.js';
import { holdWhileMounted, inBrowser } from './component-lifetime.js';
import { echoSubscription } from './echo-subscription.js';
import { inputStore, type MaybeReactive } from './reactive-input.js';
import { snapshotOf } from './to-readable.js';

type AnyHandle = PresenceHandle<unknown, AnyEvents, AnyEvents>;
type AnyOptions = UsePresenceOptions & { type?: ChannelType };

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
      set(view(snapshotOf(current)));
      stopSnapshot = current.subscribe(() => set(view(snapshotOf(current))));
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
