import {
  type BroadcastNotification,
  type ChannelLease,
  type ChannelListeners,
  type ChannelType,
  type EchokitClient,
  type EchokitOptions,
  type ModelEventName,
  type ModelPayload,
  matchesNotificationType,
  modelChannelName,
  modelEventNames,
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

const toArray = <T>(item: T | readonly T[]): T[] => (Array.isArray(item) ? [...item] : [item as T]);

/** Holds `name` from setup (like Laravel) until the scope ends; `listen`/`stopListening` swap the callbacks in place. */
function useCompatChannel<T extends BroadcastDriver, V extends Visibility>(
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

/**
 * Without arguments: the laravel-echo instance (Echo's whole API; creating it opens the connection).
 * With arguments: @laravel/echo-vue's `useEcho` — listens to `event` (one or several) on a channel
 * (`private` by default) and returns `{ leaveChannel, leave, stopListening, listen, channel }`. Unlike
 * Laravel, `dependencies` never resubscribe (the callback is always the latest, no events are lost).
 *
 * @example
 * const echo = useEcho(); // echo.private('orders').listen(…)
 * const { leaveChannel } = useEcho<OrderData>(`orders.${id}`, 'OrderShipmentStatusUpdated', (e) => log(e.order));
 */
export function useEcho<T extends BroadcastDriver = BroadcastDriver>(): EchoInstance<T>;
export function useEcho<
  TPayload = unknown,
  T extends BroadcastDriver = BroadcastDriver,
  V extends Visibility = 'private',
>(
  channelName: string,
  event?: string | string[],
  callback?: (payload: TPayload) => void,
  dependencies?: unknown[],
  visibility?: V,
): UseEchoReturn<T, V>;
export function useEcho(
  channelName?: string,
  event: string | string[] = [],
  callback: (payload: unknown) => void = () => {},
  _dependencies: unknown[] = [],
  visibility: Visibility = 'private',
): unknown {
  const client = useEchokit();
  if (channelName === undefined) return client.echo;
  const listen = Object.fromEntries(
    toArray(event).map((name) => [name, (payload: unknown) => callback(payload)]),
  );
  return useCompatChannel(client, channelName, visibility, { listen });
}

/**
 * @laravel/echo-vue's `useEchoPublic`: {@link useEcho} on a public channel.
 *
 * @example
 * useEchoPublic('posts', 'PostPublished', (e) => console.log(e.post));
 */
export function useEchoPublic<TPayload = unknown, T extends BroadcastDriver = BroadcastDriver>(
  channelName: string,
  event: string | string[] = [],
  callback: (payload: TPayload) => void = () => {},
  dependencies: unknown[] = [],
): UseEchoReturn<T, 'public'> {
  return useEcho<TPayload, T, 'public'>(channelName, event, callback, dependencies, 'public');
}

/**
 * @laravel/echo-vue's `useEchoPresence`: {@link useEcho} on a presence channel (for members as state, see
 * {@link usePresence}).
 *
 * @example
 * useEchoPresence('posts', 'PostPublished', (e) => console.log(e.post));
 */
export function useEchoPresence<TPayload = unknown, T extends BroadcastDriver = BroadcastDriver>(
  channelName: string,
  event: string | string[] = [],
  callback: (payload: TPayload) => void = () => {},
  dependencies: unknown[] = [],
): UseEchoReturn<T, 'presence'> {
  return useEcho<TPayload, T, 'presence'>(channelName, event, callback, dependencies, 'presence');
}

/**
 * @laravel/echo-vue's `useEchoNotification`: Laravel notifications on a private channel, optionally only
 * of the given types (`App.Notifications.X` or `App\\Notifications\\X`).
 *
 * @example
 * useEchoNotification<{ amount: number }>(`App.Models.User.${userId}`, (n) => toast(n.amount), 'App.Notifications.InvoicePaid');
 */
export function useEchoNotification<
  TPayload = Record<string, unknown>,
  T extends BroadcastDriver = BroadcastDriver,
>(
  channelName: string,
  callback: (payload: BroadcastNotification<TPayload>) => void = () => {},
  event: string | string[] = [],
  _dependencies: unknown[] = [],
): UseEchoReturn<T, 'private'> {
  const types = toArray(event);
  return useCompatChannel(useEchokit(), channelName, 'private', {
    notification: (notification) => {
      if (matchesNotificationType(notification, types))
        callback(notification as BroadcastNotification<TPayload>);
    },
  });
}

/** Laravel's model event names for a model class (`App.Models.Post` → `PostUpdated` or `.PostUpdated`). */
export type ModelEvents<TModel extends string> = TModel extends `${string}.${infer Rest}`
  ? ModelEvents<Rest>
  : `${TModel}${ModelEventName}` | `.${TModel}${ModelEventName}`;

/**
 * @laravel/echo-vue's `useEchoModel`: Laravel model broadcasting events on `App.Models.Post.7`.
 *
 * @example
 * useEchoModel<Post, 'App.Models.Post'>('App.Models.Post', 7, ['PostUpdated'], (e) => console.log(e.model));
 */
export function useEchoModel<
  TPayload = unknown,
  TModel extends string = string,
  T extends BroadcastDriver = BroadcastDriver,
>(
  model: TModel,
  identifier: string | number,
  event: ModelEvents<TModel> | ModelEvents<TModel>[] = [],
  callback: (payload: ModelPayload<TPayload>) => void = () => {},
  dependencies: unknown[] = [],
): UseEchoReturn<T, 'private'> {
  return useEcho<ModelPayload<TPayload>, T, 'private'>(
    modelChannelName(model, identifier),
    modelEventNames(event),
    callback,
    dependencies,
    'private',
  );
}
