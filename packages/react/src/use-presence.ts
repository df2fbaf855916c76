import type { AnyEvents, EventMap, PresenceHandle, PresenceListeners, PresenceMember } from '@echokit/core';
import { useMemo } from 'react';
import { useLease } from './channel-lease.js';
import { useEchokit } from './echo-provider.js';
import type { UseChannelResult } from './use-channel.js';

/** Options of {@link usePresence}: {@link useChannel}'s plus `onJoin` / `onLeave`. */
export interface UsePresenceOptions<
  TInfo = unknown,
  E extends EventMap = AnyEvents,
  W extends EventMap = AnyEvents,
> extends PresenceListeners<TInfo, E, W> {
  /** `false` releases the channel (status `idle`, no members); default `true`. */
  enabled?: boolean;
}

/** What {@link usePresence} returns. */
export interface UsePresenceResult<
  TInfo = unknown,
  E extends EventMap = AnyEvents,
  W extends EventMap = AnyEvents,
> extends Omit<UseChannelResult<E, W>, 'channel'> {
  /** Members ordered by id; kept through reconnects (no flash of empty). */
  members: readonly PresenceMember<TInfo>[];
  /** This connection's own member once subscribed. */
  me: PresenceMember<TInfo> | null;
  count: number;
  channel: PresenceHandle<TInfo, E, W>;
}

/**
 * Joins a presence channel (`presence-` + name) while mounted and returns its members as state.
 * A join or leave re-renders once; unrelated events do not re-render.
 *
 * @example
 * const { members, whisper } = usePresence<{ name: string }>(`chat.${room}`, {
 *   whispers: { typing: (e) => showTyping(e.name) },
 * });
 */
export function usePresence<TInfo = unknown, E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>(
  name: string,
  options: UsePresenceOptions<TInfo, E, W> = {},
): UsePresenceResult<TInfo, E, W> {
  const handle = useEchokit().presence<TInfo, E, W>(name);
  const [snapshot] = useLease(handle, options as never, options.enabled ?? true);
  return useMemo(
    () => ({
      members: snapshot.members,
      me: snapshot.me,
      count: snapshot.count,
      status: snapshot.status,
      error: snapshot.error,
      whisper: (event, payload, whisperOptions) => handle.whisper(event, payload, whisperOptions),
      leave: () => handle.leave(),
      channel: handle,
    }),
    [snapshot, handle],
  );
}
