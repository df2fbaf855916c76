import type {
  AnyEvents,
  ChannelHandle,
  ChannelListeners,
  ChannelType,
  EventMap,
  EventName,
  EventPayload,
  PresenceSnapshot,
  ReadableStore,
  WhisperOptions,
} from '@echokit/core';
import { type MaybeRefOrGetter, type ShallowRef, shallowRef, toValue, watch } from 'vue';
import { useEchokit } from './client-context.js';
import { follow, whenLive } from './live-scope.js';

/** A channel name: a string, a ref, or a getter; `null`/`''` means "no channel" (status `idle`). */
export type ChannelNameSource = MaybeRefOrGetter<string | null | undefined>;

/** What {@link useChannel} and {@link usePresence} share: whether to subscribe, besides the callbacks. */
export interface SubscriptionOptions {
  /** Subscribe only while true (a boolean, ref or getter). Default true. */
  enabled?: MaybeRefOrGetter<boolean | undefined>;
}

/** The functions both composables return. */
export interface ChannelActions<W extends EventMap> {
  /**
   * Sends a whisper to the other members (throttled per event, see core's `whisper`); false when it cannot
   * be sent now (not subscribed, or a public channel).
   */
  whisper<K extends EventName<W>>(event: K, payload: EventPayload<W, K>, options?: WhisperOptions): boolean;
  /** Leaves the channel now, for every consumer; a later `name`/`enabled` change subscribes again. */
  leave(): void;
  /** laravel-echo's channel object while held (for `here()`, `listenToAll()`, …), else `null`. */
  channel(): unknown;
}

const IDLE = Object.freeze({
  name: '',
  type: 'public',
  status: 'idle',
  error: null,
  members: Object.freeze([]),
  me: null,
  count: 0,
}) as PresenceSnapshot<never>;

/**
 * Holds a lease on `name` while the caller is live and enabled, moving it when `name`, `enabled` change.
 * The lease's callbacks are `listeners` itself, read on each event: always the latest, never a resubscribe.
 */
export function useChannelSubscription<W extends EventMap>(
  name: ChannelNameSource,
  type: ChannelType,
  listeners: ChannelListeners & SubscriptionOptions,
): ChannelActions<W> & { snapshot: ShallowRef<PresenceSnapshot<unknown>> } {
  const client = useEchokit();
  const snapshot = shallowRef<PresenceSnapshot<unknown>>(IDLE);
  let handle: ChannelHandle<AnyEvents, W> | null = null;
  let stop = () => {};
  const release = () => {
    stop();
    stop = () => {};
    handle = null;
    snapshot.value = IDLE;
  };
  whenLive(() => {
    const stopWatch = watch(
      () => [toValue(name), toValue(listeners.enabled) !== false] as const,
      ([current, enabled]) => {
        release();
        if (!current || !enabled) return;
        const held = client.channel<AnyEvents, W>(current, type as 'public');
        const lease = held.acquire(listeners);
        const unfollow = follow(held as unknown as ReadableStore<PresenceSnapshot<unknown>>, snapshot);
        handle = held;
        stop = () => {
          unfollow();
          lease.release();
        };
      },
      { immediate: true },
    );
    return () => {
      stopWatch();
      release();
    };
  });
  return {
    snapshot,
    whisper: (event, payload, options) => handle?.whisper(event, payload, options) ?? false,
    leave() {
      const held = handle;
      release();
      held?.leave();
    },
    channel: () => handle?.echoChannel() ?? null,
  };
}
