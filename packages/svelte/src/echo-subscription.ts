import {
  type BroadcastNotification,
  type ChannelLease,
  type ChannelListeners,
  type EchoCallback,
  type EchoChannelFor,
  type LaravelListenerResult,
  leaveUnusedVariants,
  matchesNotificationType,
  modelChannelName,
  modelEventNames,
  type Visibility,
} from '@echokit/core';
import { onMount } from 'svelte';
import { useEchokit } from './client-context.js';
import { inBrowser } from './component-lifetime.js';

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
    if (leaveAll) leaveUnusedVariants(client, name);
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
