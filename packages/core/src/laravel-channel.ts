import type { BroadcastDriver } from 'laravel-echo';
import type { ChannelType } from './channel-types.js';
import type { EchokitClient } from './client.js';
import type { EventMeta } from './event-map.js';

export type { BroadcastDriver } from 'laravel-echo';

/** A channel visibility as @laravel/echo-react/vue name it (the last argument of their `useEcho`). */
export type Visibility = 'public' | 'private' | 'presence';

/** laravel-echo's channel object for a visibility (and broadcaster), as Laravel's `channel()` returns it. */
export type EchoChannelFor<V extends Visibility, T extends BroadcastDriver = BroadcastDriver> = ReturnType<
  EchokitClient<T>['echo'][V extends 'presence' ? 'join' : V extends 'private' ? 'private' : 'channel']
>;

/** What @laravel/echo-react/vue's `useChannel(name, visibility)`, `usePublicChannel` and `usePresenceChannel` return. */
export interface LaravelChannelResult<
  V extends Visibility = Visibility,
  T extends BroadcastDriver = BroadcastDriver,
> {
  /** Gives the channel back (left after core's grace period when nobody else holds it); `true` = `leave()`. */
  leaveChannel(leaveAll?: boolean): void;
  /** Like `leaveChannel`, and also leaves the name's public, private, encrypted and presence channels nobody holds. */
  leave(): void;
  /** laravel-echo's channel object while held, else `null`. */
  channel(): EchoChannelFor<V, T> | null;
}

/** What the Laravel-style `useEcho`, `useEchoPublic`, `useEchoPresence`, `useEchoNotification`, `useEchoModel` return. */
export interface LaravelListenerResult<
  V extends Visibility = Visibility,
  T extends BroadcastDriver = BroadcastDriver,
> extends LaravelChannelResult<V, T> {
  /** Stops the callback without leaving the channel. */
  stopListening(): void;
  /** Starts the callback again after `stopListening()`. */
  listen(): void;
}

/** A Laravel-style callback; `meta.event` names the event when one callback serves several. */
export type EchoCallback<T> = (payload: T, meta: EventMeta) => void;

const VARIANTS: readonly ChannelType[] = ['public', 'private', 'encrypted', 'presence'];

/**
 * Leaves every variant of `name` (public, `private-`, `private-encrypted-`, `presence-`) that no lease
 * holds any more — Laravel's `leave()`, without pulling a channel from under another component.
 *
 * @example
 * leaveUnusedVariants(client, 'orders.1');
 */
export function leaveUnusedVariants(client: EchokitClient, name: string): void {
  for (const type of VARIANTS) {
    const variant = client.channel(name, type as 'public');
    if (variant.leaseCount() === 0) variant.leave();
  }
}
