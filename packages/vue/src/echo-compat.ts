import {
  type AnyEvents,
  type BroadcastDriver,
  type BroadcastNotification,
  type EchoCallback,
  type EventMeta,
  type LaravelListenerResult,
  type ModelEventName,
  type ModelPayload,
  matchesNotificationType,
  modelChannelName,
  modelEventNames,
  type Visibility,
} from '@echokit/core';
import { useEchokit } from './client-context.js';
import { type EchoInstance, toArray, useCompatChannel } from './compat-channel.js';

/** The payload type when none is given: core's untyped `any`, the same freedom as laravel-echo. */
type Untyped = AnyEvents[string];

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
  TPayload = Untyped,
  T extends BroadcastDriver = BroadcastDriver,
  V extends Visibility = 'private',
>(
  channelName: string,
  event?: string | string[],
  callback?: EchoCallback<TPayload>,
  dependencies?: unknown[],
  visibility?: V,
): LaravelListenerResult<V, T>;
export function useEcho(
  channelName?: string,
  event: string | string[] = [],
  callback: EchoCallback<unknown> = () => {},
  _dependencies: unknown[] = [],
  visibility: Visibility = 'private',
): unknown {
  const client = useEchokit();
  if (channelName === undefined) return client.echo;
  const listen = Object.fromEntries(
    toArray(event).map((name) => [name, (payload: unknown, meta: EventMeta) => callback(payload, meta)]),
  );
  return useCompatChannel(client, channelName, visibility, { listen });
}

/**
 * @laravel/echo-vue's `useEchoPublic`: {@link useEcho} on a public channel.
 *
 * @example
 * useEchoPublic('posts', 'PostPublished', (e) => console.log(e.post));
 */
export function useEchoPublic<TPayload = Untyped, T extends BroadcastDriver = BroadcastDriver>(
  channelName: string,
  event: string | string[] = [],
  callback: EchoCallback<TPayload> = () => {},
  dependencies: unknown[] = [],
): LaravelListenerResult<'public', T> {
  return useEcho<TPayload, T, 'public'>(channelName, event, callback, dependencies, 'public');
}

/**
 * @laravel/echo-vue's `useEchoPresence`: {@link useEcho} on a presence channel (for members as state, see
 * {@link usePresence}).
 *
 * @example
 * useEchoPresence('posts', 'PostPublished', (e) => console.log(e.post));
 */
export function useEchoPresence<TPayload = Untyped, T extends BroadcastDriver = BroadcastDriver>(
  channelName: string,
  event: string | string[] = [],
  callback: EchoCallback<TPayload> = () => {},
  dependencies: unknown[] = [],
): LaravelListenerResult<'presence', T> {
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
  TPayload = Record<string, Untyped>,
  T extends BroadcastDriver = BroadcastDriver,
>(
  channelName: string,
  callback: (payload: BroadcastNotification<TPayload>) => void = () => {},
  event: string | string[] = [],
  _dependencies: unknown[] = [],
): LaravelListenerResult<'private', T> {
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
  TPayload = Untyped,
  TModel extends string = string,
  T extends BroadcastDriver = BroadcastDriver,
>(
  model: TModel,
  identifier: string | number,
  event: ModelEvents<TModel> | ModelEvents<TModel>[] = [],
  callback: EchoCallback<ModelPayload<TPayload>> = () => {},
  dependencies: unknown[] = [],
): LaravelListenerResult<'private', T> {
  return useEcho<ModelPayload<TPayload>, T, 'private'>(
    modelChannelName(model, identifier),
    modelEventNames(event),
    callback,
    dependencies,
    'private',
  );
}
