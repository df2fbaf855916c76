import {
  type BroadcastNotification,
  type ChannelLease,
  type ChannelListeners,
  type ChannelType,
  type EchokitClient,
  type EventMeta,
  matchesNotificationType,
  modelChannelName,
  modelEventNames,
} from '@echokit/core';
import { onMount } from 'svelte';
import { useEchokit } from './client-context.js';
import { inBrowser } from './component-lifetime.js';

/** A channel visibility as @laravel/echo-react/vue name it. */
export type Visibility = 'public' | 'private' | 'presence';

type EchoInstance = EchokitClient['echo'];

/** The laravel-echo channel object `channel()` returns for a visibility. */
export type EchoChannelFor<V extends Visibility> = V extends 'presence'
  ? ReturnType<EchoInstance['join']>
  : V extends 'public'
    ? ReturnType<EchoInstance['channel']>
    : ReturnType<EchoInstance['private']>;

/** What @laravel/echo-react/vue's `useChannel(name, visibility)` returns. */
export interface LaravelChannelResult<V extends Visibility = Visibility> {
  /** Gives the channel back (left after core's grace period when nobody else uses it); `true` = `leave()`. */
  leaveChannel(leaveAll?: boolean): void;
  /** Like `leaveChannel`, and also leaves the name's public, private, encrypted and presence channels when unused. */
  leave(): void;
  /** laravel-echo's channel object (`null` before the channel is joined). */
  channel(): EchoChannelFor<V> | null;
}

/** What `useEcho`, `useEchoPublic`, `useEchoPresence`, `useEchoNotification` and `useEchoModel` return. */
export interface LaravelListenerResult<V extends Visibility = Visibility> extends LaravelChannelResult<V> {
  /** Stops the callback without leaving the channel. */
  stopListening(): void;
  /** Starts the callback again after `stopListening()`. */
  listen(): void;
}

/** A Laravel-hook callback; `meta.event` names the event when one callback serves several. */
export type EchoCallback<T> = (payload: T, meta: EventMeta) => void;

const VARIANTS: ChannelType[] = ['public', 'private', 'encrypted', 'presence'];

/**
 * The Laravel-style subscription behind every `useEcho*`: one core lease joined on mount (or at once outside
 * a component) and released on destroy; `listen`/`stopListening` swap its callbacks without resubscribing.
 */
export function echoSubscription<V extends Visibility>(
  name: string,
  visibility: V,
  wanted: ChannelListeners,
): LaravelListenerResult<V> {
  const client = useEchokit();
  const handle = client.channel(name, visibility as 'private');
  let lease: ChannelLease<ChannelListeners> | null = null;
  let listening = true;
  const join = () => {
    if (inBrowser() && !lease?.active) lease = handle.acquire(listening ? wanted : {});
  };
  const leaveChannel = (leaveAll = false) => {
    lease?.release();
    if (!leaveAll) return;
    for (const type of VARIANTS) {
      const variant = client.channel(name, type as 'private');
      if (variant.leaseCount() === 0) variant.leave();
    }
  };
  try {
    onMount(() => {
      join();
      return () => lease?.release();
    });
  } catch {
    join(); // outside a component: joined now, left with leaveChannel()
  }
  return {
    leaveChannel,
    leave: () => leaveChannel(true),
    stopListening: () => {
      listening = false;
      lease?.update({});
    },
    listen: () => {
      listening = true;
      lease?.update(wanted);
    },
    channel: () => handle.echoChannel() as EchoChannelFor<V> | null,
  };
}

/** Listeners calling `callback` for each of `events`, with the event's name in `meta.event`. */
export function eventListeners<T>(events: string | readonly string[], callback: EchoCallback<T>) {
  const names = typeof events === 'string' ? [events] : events;
  return { listen: Object.fromEntries(names.map((event) => [event, callback])) };
}

/** `useEchoNotification`'s listener: notifications of the wanted types only. */
export function notificationListener<T>(
  callback: (notification: BroadcastNotification<T>) => void,
  types: string | readonly string[],
): ChannelListeners {
  const wanted = typeof types === 'string' ? [types] : types;
  return {
    notification: (n) => {
      if (matchesNotificationType(n, wanted)) callback(n as BroadcastNotification<T>);
    },
  };
}

/** `useEchoModel`'s channel name and listeners. */
export function modelSubscription<T>(
  model: string,
  id: string | number,
  events: string | readonly string[],
  callback: EchoCallback<T>,
) {
  return [modelChannelName(model, id), eventListeners(modelEventNames(events), callback)] as const;
}
