import type {
  AnyEvents,
  ChannelError,
  ChannelListeners,
  ChannelStatus,
  EventMap,
  PresenceHandle,
  PresenceListeners,
  PresenceMember,
} from '@echokit/core';
import type { ComputedRef, Ref } from 'vue';
import {
  type ChannelActions,
  type ChannelNameSource,
  type SubscriptionOptions,
  useChannelSubscription,
} from './channel-subscription.js';
import { snapshotRefs } from './snapshot-refs.js';

/** Options of {@link usePresence}: {@link UseChannelOptions}'s callbacks plus `onJoin`/`onLeave`. */
export interface UsePresenceOptions<
  TInfo = unknown,
  E extends EventMap = AnyEvents,
  W extends EventMap = AnyEvents,
> extends PresenceListeners<TInfo, E, W>,
    SubscriptionOptions {}

/** What {@link usePresence} returns: members and state as refs plus whisper/leave/channel. */
export interface UsePresenceResult<
  TInfo = unknown,
  E extends EventMap = AnyEvents,
  W extends EventMap = AnyEvents,
> extends ChannelActions<W> {
  /** Members ordered by id; kept through reconnects (no flash of empty), unchanged members keep identity. */
  readonly members: ComputedRef<readonly PresenceMember<TInfo>[]>;
  /** This connection's own member once subscribed. */
  readonly me: ComputedRef<PresenceMember<TInfo> | null>;
  readonly count: ComputedRef<number>;
  readonly status: ComputedRef<ChannelStatus>;
  readonly error: ComputedRef<ChannelError | null>;
  /** Core's shared presence handle for the current name; `null` without a name. */
  readonly channel: ComputedRef<PresenceHandle<TInfo, E, W> | null>;
}

/**
 * Joins a presence channel (`presence-` + name) and keeps its member list as refs. Same reactivity and
 * lifetime rules as {@link useChannel}.
 *
 * @example
 * const { members, whisper } = usePresence<{ name: string }>(() => `chat.${roomId.value}`, {
 *   onJoin: (m) => toast(`${m.info.name} joined`),
 *   whispers: { typing: (e, meta) => markTyping(meta.userId) },
 * });
 */
export function usePresence<TInfo = unknown, E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>(
  name: ChannelNameSource,
  options: UsePresenceOptions<TInfo, E, W> = {},
): UsePresenceResult<TInfo, E, W> {
  const { snapshot, ...actions } = useChannelSubscription(name, 'presence', options as ChannelListeners);
  const refs = snapshotRefs(snapshot as Ref<never>, ['members', 'me', 'count', 'status', 'error']);
  return { ...refs, ...actions } as unknown as UsePresenceResult<TInfo, E, W>;
}
