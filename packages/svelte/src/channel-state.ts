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
  PresenceHandle,
  PresenceListeners,
  PresenceMember,
  WhisperOptions,
} from '@echokit/core';
import type { Readable } from 'svelte/store';
import type { MaybeReactive } from './reactive-input.js';

/** Options of {@link useChannel}: core's channel callbacks plus the channel type and an `enabled` switch. */
export interface UseChannelOptions<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>
  extends ChannelListeners<E, W> {
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
> extends Omit<UseChannelOptions<E, W>, 'type'> {
  /** A member joined (also one found to have joined while reconnecting). */
  onJoin?: PresenceListeners<TInfo, E, W>['onJoin'];
  /** A member left (also one found gone after a reconnect). */
  onLeave?: PresenceListeners<TInfo, E, W>['onLeave'];
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
