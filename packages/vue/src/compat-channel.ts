import type {
  ChannelLease,
  ChannelListeners,
  ChannelType,
  EchokitClient,
  EchokitOptions,
} from '@echokit/core';
import { getCurrentScope, onScopeDispose } from 'vue';
import { useEchokit } from './client-context.js';
import { onServer } from './live-scope.js';

/** laravel-echo's broadcaster names (`reverb`, `pusher`, `socket.io`, `null`, `ably`). */
export type BroadcastDriver = Extract<EchokitOptions['broadcaster'], string>;

/** The laravel-echo instance type for a broadcaster. */
export type EchoInstance<T extends BroadcastDriver = BroadcastDriver> = EchokitClient<T>['echo'];

/** @laravel/echo-vue's channel visibilities. */
export type Visibility = 'private' | 'public' | 'presence';

/** laravel-echo's channel object for a broadcaster and visibility (what `channel()` returns). */
export type EchoChannel<T extends BroadcastDriver, V extends Visibility> = V extends 'presence'
  ? ReturnType<EchoInstance<T>['join']>
  : V extends 'public'
    ? ReturnType<EchoInstance<T>['channel']>
    : ReturnType<EchoInstance<T>['private']>;

/** What @laravel/echo-vue's `useEcho` family returns. */
export interface UseEchoReturn<
  T extends BroadcastDriver = BroadcastDriver,
  V extends Visibility = 'private',
> {
  /** Stops listening and gives the channel back (left after core's grace period when nobody else holds it); `true` also leaves its private/presence variants. */
  leaveChannel(leaveAll?: boolean): void;
  /** Leaves the channel and its `private-`, `private-encrypted-` and `presence-` variants now. */
  leave(): void;
  /** Stops the callback without leaving the channel. */
  stopListening(): void;
  /** Starts the callback again (no-op when listening). */
  listen(): void;
  /** laravel-echo's channel object. */
  channel(): EchoChannel<T, V>;
}

/** One or several → an array. */
export const toArray = <T>(item: T | readonly T[]): T[] => (Array.isArray(item) ? [...item] : [item as T]);

/** Holds `name` from setup (like Laravel) until the scope ends; `listen`/`stopListening` swap the callbacks in place. */
export function useCompatChannel<T extends BroadcastDriver, V extends Visibility>(
  client: EchokitClient,
  name: string,
  visibility: V,
  listeners: ChannelListeners,
): UseEchoReturn<T, V> {
  const handle = client.channel(name, visibility as Exclude<ChannelType, 'presence'>);
  let lease: ChannelLease<ChannelListeners> | null = null;
  let listening = false;
  const stopListening = () => {
    if (!listening) return;
    listening = false;
    lease?.update({});
  };
  const leaveChannel = (leaveAll = false) => {
    stopListening();
    lease?.release();
    lease = null;
    if (leaveAll) {
      for (const type of ['public', 'private', 'encrypted', 'presence'] as const) {
        client.channel(name, type as 'public').leave();
      }
    }
  };
  const result: UseEchoReturn<T, V> = {
    leaveChannel,
    leave: () => leaveChannel(true),
    stopListening,
    listen() {
      if (listening) return;
      listening = true;
      if (lease) lease.update(listeners);
      else lease = handle.acquire(listeners);
    },
    channel: () => handle.echoChannel() as EchoChannel<T, V>,
  };
  if (!onServer()) {
    result.listen();
    if (getCurrentScope()) onScopeDispose(() => leaveChannel());
  }
  return result;
}

/** What @laravel/echo-vue's `useChannel(name, visibility)`, `usePublicChannel` and `usePresenceChannel` return. */
export type LaravelChannelReturn<V extends Visibility> = Pick<
  UseEchoReturn<BroadcastDriver, V>,
  'leaveChannel' | 'leave' | 'channel'
>;

/** Holds a channel without listening, as @laravel/echo-vue's `useChannel(name, visibility)` does. */
export function useLaravelChannel<V extends Visibility>(
  name: string,
  visibility: V,
): LaravelChannelReturn<V> {
  const { leaveChannel, leave, channel } = useCompatChannel<BroadcastDriver, V>(
    useEchokit(),
    name,
    visibility,
    {},
  );
  return { leaveChannel, leave, channel };
}

/**
 * @laravel/echo-vue's `usePublicChannel`: holds a public channel; `channel()` is Echo's channel object.
 *
 * @example
 * const { channel } = usePublicChannel('posts');
 */
export function usePublicChannel(name: string): LaravelChannelReturn<'public'> {
  return useLaravelChannel(name, 'public');
}

/**
 * @laravel/echo-vue's `usePresenceChannel` (for members as state, see `usePresence`).
 *
 * @example
 * const { channel } = usePresenceChannel('chat.1');
 * channel().here((users) => console.log(users));
 */
export function usePresenceChannel(name: string): LaravelChannelReturn<'presence'> {
  return useLaravelChannel(name, 'presence');
}
