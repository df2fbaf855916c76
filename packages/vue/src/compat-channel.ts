import {
  type BroadcastDriver,
  type ChannelLease,
  type ChannelListeners,
  type ChannelType,
  type EchoChannelFor,
  type EchokitClient,
  type LaravelChannelResult,
  type LaravelListenerResult,
  leaveUnusedVariants,
  type Visibility,
} from '@echokit/core';
import { getCurrentScope, onScopeDispose } from 'vue';
import { useEchokit } from './client-context.js';
import { onServer } from './live-scope.js';

/** The laravel-echo instance type for a broadcaster. */
export type EchoInstance<T extends BroadcastDriver = BroadcastDriver> = EchokitClient<T>['echo'];

/** One or several → an array. */
export const toArray = <T>(item: T | readonly T[]): T[] => (Array.isArray(item) ? [...item] : [item as T]);

/** Holds `name` from setup (like Laravel) until the scope ends; `listen`/`stopListening` swap the callbacks in place. */
export function useCompatChannel<V extends Visibility, T extends BroadcastDriver = BroadcastDriver>(
  client: EchokitClient,
  name: string,
  visibility: V,
  listeners: ChannelListeners,
): LaravelListenerResult<V, T> {
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
    if (leaveAll) leaveUnusedVariants(client, name);
  };
  const result: LaravelListenerResult<V, T> = {
    leaveChannel,
    leave: () => leaveChannel(true),
    stopListening,
    listen() {
      if (listening) return;
      listening = true;
      if (lease) lease.update(listeners);
      else lease = handle.acquire(listeners);
    },
    channel: () => handle.echoChannel() as EchoChannelFor<V, T> | null,
  };
  if (!onServer()) {
    result.listen();
    if (getCurrentScope()) onScopeDispose(() => leaveChannel());
  }
  return result;
}

/** Holds a channel without listening, as @laravel/echo-vue's `useChannel(name, visibility)` does. */
export function useLaravelChannel<V extends Visibility>(
  name: string,
  visibility: V,
): LaravelChannelResult<V> {
  const { leaveChannel, leave, channel } = useCompatChannel<V>(useEchokit(), name, visibility, {});
  return { leaveChannel, leave, channel };
}

/**
 * @laravel/echo-vue's `usePublicChannel`: holds a public channel; `channel()` is Echo's channel object.
 *
 * @example
 * const { channel } = usePublicChannel('posts');
 */
export function usePublicChannel(name: string): LaravelChannelResult<'public'> {
  return useLaravelChannel(name, 'public');
}

/**
 * @laravel/echo-vue's `usePresenceChannel` (for members as state, see `usePresence`).
 *
 * @example
 * const { channel } = usePresenceChannel('chat.1');
 * channel().here((users) => console.log(users));
 */
export function usePresenceChannel(name: string): LaravelChannelResult<'presence'> {
  return useLaravelChannel(name, 'presence');
}
