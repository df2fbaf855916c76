import type {
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
import {
  type ComputedRef,
  computed,
  type MaybeRefOrGetter,
  type ShallowRef,
  shallowRef,
  toValue,
  watch,
} from 'vue';
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
 * Holds a lease on the channel while the caller is live and enabled, moving it when `name` or `enabled`
 * change. The lease's callbacks are `listeners` itself, read on each event: always the latest, never a
 * resubscribe.
 */
export function useChannelSubscription(
  name: ChannelNameSource,
  type: ChannelType,
  listeners: ChannelListeners & SubscriptionOptions,
): ChannelActions<EventMap> & {
  snapshot: ShallowRef<PresenceSnapshot<unknown>>;
  channel: ComputedRef<ChannelHandle | null>;
} {
  const client = useEchokit();
  // Getting a handle subscribes nothing, so it can follow the name even while disabled.
  const channel = computed(() => {
    const current = toValue(name);
    return current ? client.channel(current, type as 'public') : null;
  });
  const snapshot = shallowRef<PresenceSnapshot<unknown>>(IDLE);
  let stop = () => {};
  const release = () => {
    stop();
    stop = () => {};
    snapshot.value = IDLE;
  };
  whenLive(() => {
    const stopWatch = watch(
      () => [channel.value, toValue(listeners.enabled) !== false] as const,
      ([held, enabled]) => {
        release();
        if (!held || !enabled) return;
        const lease = held.acquire(listeners);
        const unfollow = follow(held as unknown as ReadableStore<PresenceSnapshot<unknown>>, snapshot);
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
    channel,
    whisper: (event, payload, options) => channel.value?.whisper(event, payload, options) ?? false,
    leave() {
      release();
      channel.value?.leave();
    },
  };
}
