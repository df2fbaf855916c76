import type {
  AnyEvents,
  BroadcastNotification,
  EventCallback,
  EventListeners,
  EventMap,
} from './event-map.js';
import type { ResyncEvent } from './resync.js';

/** What kind of channel to join; it decides the name prefix like laravel-echo does. */
export type ChannelType = 'public' | 'private' | 'presence' | 'encrypted';

/**
 * A channel's subscription state: `idle` while nobody uses it, `pending` until the server confirmed the
 * subscription (also while reconnecting), `subscribed`, or `error` (see {@link ChannelError}).
 */
export type ChannelStatus = 'idle' | 'pending' | 'subscribed' | 'error';

/** Why a subscription failed; for auth failures, the auth endpoint's HTTP status and message. */
export interface ChannelError {
  /** pusher-js's error type (`AuthError`, `PusherError`, …). */
  readonly type: string;
  /** HTTP status from the auth endpoint (403, 500, …) or the Pusher error code, `null` when unknown. */
  readonly status: number | null;
  readonly message: string;
}

/** An immutable view of one channel. */
export interface ChannelSnapshot {
  /** The full channel name, prefix included (`private-orders.1`). */
  readonly name: string;
  readonly type: ChannelType;
  readonly status: ChannelStatus;
  readonly error: ChannelError | null;
}

/** One member of a presence channel: the `user_id` (as a string) and the `user_info` the auth endpoint returned. */
export interface PresenceMember<TInfo = unknown> {
  readonly id: string;
  readonly info: TInfo;
}

/** An immutable view of a presence channel: its subscription state plus its members. */
export interface PresenceSnapshot<TInfo = unknown> extends ChannelSnapshot {
  /** Members ordered by user id (numerically when both ids are numbers); kept through reconnects. */
  readonly members: readonly PresenceMember<TInfo>[];
  /** This connection's own member, once subscribed. */
  readonly me: PresenceMember<TInfo> | null;
  readonly count: number;
}

/**
 * The callbacks one consumer registers on a channel. Every field is optional and may be replaced later
 * with `lease.update()` without resubscribing (latest-callback semantics).
 */
export interface ChannelListeners<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents> {
  /** Server events by name (Echo's namespace rules: `'OrderShipped'` → `App\Events\OrderShipped`, `'.raw'` as is). */
  listen?: EventListeners<E>;
  /** Whispers (`client-…` events) by name, without the `client-` prefix. */
  whispers?: EventListeners<W>;
  /** Laravel notifications (`BroadcastNotificationCreated`) on this channel. */
  notification?: (notification: BroadcastNotification) => void;
  /** Called once after each reconnect when this channel is subscribed again. */
  onResync?: (event: ResyncEvent) => void;
  /** Called when the subscription fails. */
  onError?: (error: ChannelError) => void;
}

/** Presence callbacks on top of {@link ChannelListeners}. */
export interface PresenceListeners<
  TInfo = unknown,
  E extends EventMap = AnyEvents,
  W extends EventMap = AnyEvents,
> extends ChannelListeners<E, W> {
  /** A member joined (also for members found to have joined while you were reconnecting). */
  onJoin?: (member: PresenceMember<TInfo>) => void;
  /** A member left (also for members found gone after a reconnect). */
  onLeave?: (member: PresenceMember<TInfo>) => void;
}

/**
 * One consumer's hold on a channel. The channel stays subscribed while at least one lease is held; it is
 * left a short grace period after the last `release()`.
 */
export interface ChannelLease<L> {
  /** Replaces this consumer's callbacks; never resubscribes. */
  update(listeners: L): void;
  /** Gives the channel back; calling it again is harmless. */
  release(): void;
  /** False once released (or when the channel was left with `handle.leave()`). */
  readonly active: boolean;
}

/** Options for `whisper`. */
export interface WhisperOptions {
  /**
   * At most one whisper of this event per this many milliseconds; the latest payload of a burst is sent
   * when the window ends. Default: the client's `whisperThrottleMs` (300). `0` sends every call.
   */
  throttleMs?: number;
}

/** Callback for one event, re-exported for binding authors. */
export type { EventCallback };
