import {
  type AnyEvents,
  type BroadcastNotification,
  type ChannelListeners,
  type EchoCallback,
  type EchokitClient,
  type EventMeta,
  type LaravelListenerResult,
  type ModelEventName,
  type ModelPayload,
  matchesNotificationType,
  modelChannelName,
  modelEventNames,
  type Visibility,
} from '@echokit/core';
import { type DependencyList, useMemo } from 'react';
import { useEchokit } from './echo-provider.js';
import { useLaravelChannel } from './laravel-channel.js';
import { useLatest } from './use-latest.js';

/** The payload type when none is given: core's untyped `any`, the same freedom as laravel-echo. */
type Untyped = AnyEvents[string];

const toArray = (value: string | readonly string[]): string[] =>
  typeof value === 'string' ? [value] : [...value];

/** Latest-callback listeners for `events`, rebuilt only when the event names change. */
function useEventListeners(events: string[], callback: EchoCallback<never>) {
  const latest = useLatest(callback);
  const key = JSON.stringify(events);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `events`
  return useMemo(
    () => ({
      listen: Object.fromEntries(
        events.map((event) => [event, (payload: never, meta: EventMeta) => latest.current(payload, meta)]),
      ),
    }),
    [key, latest],
  );
}

/** The laravel-echo instance of the client in scope (creates the connection on first use). */
export function useEcho(): EchokitClient['echo'];
/**
 * @laravel/echo-react's `useEcho`: listens to `event` (or several) on a channel while mounted. The
 * callback always sees the latest render (`dependencies` is accepted and not needed); default visibility
 * `'private'`.
 *
 * @example
 * useEcho<{ order: Order }>(`orders.${id}`, 'OrderShipped', (e) => setOrder(e.order));
 */
export function useEcho<TPayload = Untyped, V extends Visibility = 'private'>(
  channelName: string,
  event?: string | string[],
  callback?: EchoCallback<TPayload>,
  dependencies?: DependencyList,
  visibility?: V,
): LaravelListenerResult<V>;
export function useEcho(
  channelName?: string,
  event: string | string[] = [],
  callback: EchoCallback<never> = () => {},
  _dependencies?: DependencyList,
  visibility: Visibility = 'private',
): EchokitClient['echo'] | LaravelListenerResult {
  const client = useEchokit();
  const listeners = useEventListeners(toArray(event), callback);
  const result = useLaravelChannel(channelName, visibility, listeners as ChannelListeners);
  return channelName === undefined ? client.echo : result;
}

/** {@link useEcho} on a public channel. */
export function useEchoPublic<TPayload = Untyped>(
  channelName: string,
  event: string | string[] = [],
  callback?: EchoCallback<TPayload>,
  dependencies?: DependencyList,
): LaravelListenerResult<'public'> {
  return useEcho(channelName, event, callback, dependencies, 'public');
}

/** {@link useEcho} on a presence channel (for members as state, see `usePresence`). */
export function useEchoPresence<TPayload = Untyped>(
  channelName: string,
  event: string | string[] = [],
  callback?: EchoCallback<TPayload>,
  dependencies?: DependencyList,
): LaravelListenerResult<'presence'> {
  return useEcho(channelName, event, callback, dependencies, 'presence');
}

/**
 * Laravel notifications on a private channel, optionally only some types (`'App.Notifications.InvoicePaid'`
 * or the backslash spelling).
 *
 * @example
 * useEchoNotification<{ amount: number }>(`App.Models.User.${user.id}`, (n) => toast(n.amount));
 */
export function useEchoNotification<TPayload = Record<string, unknown>>(
  channelName: string,
  callback: (notification: BroadcastNotification<TPayload>) => void = () => {},
  event: string | string[] = [],
  _dependencies?: DependencyList,
): LaravelListenerResult<'private'> {
  const latest = useLatest(callback);
  const types = JSON.stringify(toArray(event));
  const listeners = useMemo(() => {
    const wanted: string[] = JSON.parse(types);
    return {
      notification: (n: BroadcastNotification) => {
        if (matchesNotificationType(n, wanted)) latest.current(n as BroadcastNotification<TPayload>);
      },
    };
  }, [types, latest]);
  return useLaravelChannel(channelName, 'private', listeners);
}

/**
 * Laravel model broadcasting: `App.Models.Post` + id → listens to `.PostUpdated`, … on the model's private
 * channel.
 *
 * @example
 * useEchoModel<Post, 'App.Models.Post'>('App.Models.Post', post.id, ['PostUpdated'], (e) => setPost(e.model));
 */
export function useEchoModel<TPayload = Untyped, TModel extends string = string>(
  model: TModel,
  identifier: string | number,
  event: `${string}${ModelEventName}` | `${string}${ModelEventName}`[] = [],
  callback?: EchoCallback<ModelPayload<TPayload>>,
  dependencies?: DependencyList,
): LaravelListenerResult<'private'> {
  return useEcho(
    modelChannelName(model, identifier),
    modelEventNames(event),
    callback,
    dependencies,
    'private',
  );
}
