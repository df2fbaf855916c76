import type {
  AnyEvents,
  BroadcastNotification,
  EchoCallback,
  EchokitClient,
  LaravelChannelResult,
  LaravelListenerResult,
  ModelEventName,
  ModelPayload,
  Visibility,
} from '@echokit/core';
import { useEchokit } from './client-context.js';
import {
  echoSubscription,
  eventListeners,
  modelSubscription,
  notificationListener,
} from './echo-subscription.js';

/** The payload type when none is given: core's untyped `any`, the same freedom as laravel-echo. */
type Untyped = AnyEvents[string];

/** @laravel/echo-react's `dependencies` argument: accepted and unused (callbacks are always the latest). */
export type Dependency = unknown;

/** Model event names for a model class (`App.Models.Post` → `PostUpdated` / `.PostUpdated`). */
export type ModelEvents<T extends string> = T extends `${string}.${infer Rest}`
  ? ModelEvents<Rest>
  : `${T}${ModelEventName}` | `.${T}${ModelEventName}`;

/**
 * With no arguments, the laravel-echo instance (Echo's whole API). With arguments, @laravel/echo-react/vue's
 * `useEcho`: listens to `event`(s) on `channelName` (private by default) from mount to destroy.
 * Unlike Laravel, `dependencies` never resubscribe (the callback is always the latest, so no event is lost).
 *
 * @example
 * const echo = useEcho(); // echo.private('orders').listen(…)
 * useEcho<{ order: Order }>(`orders.${id}`, 'OrderShipped', (e) => (shipped = e.order));
 */
export function useEcho(): EchokitClient['echo'];
export function useEcho<TPayload = Untyped, TVisibility extends Visibility = 'private'>(
  channelName: string,
  event?: string | string[],
  callback?: EchoCallback<TPayload>,
  dependencies?: Dependency[],
  visibility?: TVisibility,
): LaravelListenerResult<TVisibility>;
export function useEcho(
  channelName?: string,
  event: string | string[] = [],
  callback: EchoCallback<unknown> = () => {},
  _dependencies: Dependency[] = [],
  visibility: Visibility = 'private',
): EchokitClient['echo'] | LaravelListenerResult<Visibility> {
  if (channelName === undefined) return useEchokit().echo;
  return echoSubscription(channelName, visibility, eventListeners(event, callback));
}

/** `useEcho` on a public channel, as in @laravel/echo-react/vue. */
export function useEchoPublic<TPayload = Untyped>(
  channelName: string,
  event: string | string[] = [],
  callback: EchoCallback<TPayload> = () => {},
  _dependencies: Dependency[] = [],
): LaravelListenerResult<'public'> {
  return echoSubscription(channelName, 'public', eventListeners(event, callback));
}

/** `useEcho` on a presence channel, as in @laravel/echo-react/vue (see `usePresence` for the members). */
export function useEchoPresence<TPayload = Untyped>(
  channelName: string,
  event: string | string[] = [],
  callback: EchoCallback<TPayload> = () => {},
  _dependencies: Dependency[] = [],
): LaravelListenerResult<'presence'> {
  return echoSubscription(channelName, 'presence', eventListeners(event, callback));
}

/**
 * Laravel notifications (`BroadcastNotificationCreated`) on a private channel, optionally only of some
 * types (`'App.Notifications.InvoicePaid'` or `'App\\Notifications\\InvoicePaid'`).
 *
 * @example
 * useEchoNotification<{ amount: number }>(`App.Models.User.${userId}`, (n) => toast(n.amount));
 */
export function useEchoNotification<TPayload = Record<string, unknown>>(
  channelName: string,
  callback: (notification: BroadcastNotification<TPayload>) => void = () => {},
  event: string | string[] = [],
  _dependencies: Dependency[] = [],
): LaravelListenerResult<'private'> {
  return echoSubscription(channelName, 'private', notificationListener(callback, event));
}

/**
 * Laravel model broadcasting (`BroadcastsEvents`): `.{Model}{Event}` on the private `{model}.{id}` channel.
 *
 * @example
 * useEchoModel<Post, 'App.Models.Post'>('App.Models.Post', post.id, ['PostUpdated'], (e) => (post = e.model));
 */
export function useEchoModel<TPayload = Untyped, TModel extends string = string>(
  model: TModel,
  identifier: string | number,
  event: ModelEvents<TModel> | ModelEvents<TModel>[] = [],
  callback: EchoCallback<ModelPayload<TPayload>> = () => {},
  _dependencies: Dependency[] = [],
): LaravelListenerResult<'private'> {
  const [name, listeners] = modelSubscription(model, identifier, event, callback);
  return echoSubscription(name, 'private', listeners);
}

/** @laravel/echo-react/vue's `usePublicChannel`. */
export function usePublicChannel(name: string): LaravelChannelResult<'public'> {
  return echoSubscription(name, 'public', {});
}

/** @laravel/echo-react/vue's `usePresenceChannel` (for the members as a store, see `usePresence`). */
export function usePresenceChannel(name: string): LaravelChannelResult<'presence'> {
  return echoSubscription(name, 'presence', {});
}
