/**
 * A map from event name (as you pass it to `listen`: `'OrderShipped'` with the namespace rules, or
 * `'.order.shipped'` for a raw name) to its payload type.
 *
 * @example
 * interface ShopEvents {
 *   OrderShipped: { order: { id: number } };
 *   '.stock.changed': { sku: string; left: number };
 * }
 * client.channel<ShopEvents>('orders', 'private').listen('OrderShipped', (e) => e.order.id);
 */
// `object`, not `Record<string, unknown>`, so plain interfaces (which have no index signature) fit.
export type EventMap = object;

/** The default map: any event name, `any` payload (the same freedom as laravel-echo). */
// biome-ignore lint/suspicious/noExplicitAny: untyped channels accept any payload, like laravel-echo itself
export type AnyEvents = Record<string, any>;

/** The payload type of `K` in `E`, or `unknown` for a name the map does not list. */
export type EventPayload<E, K extends string> = K extends keyof E ? E[K] : unknown;

/** Names a map lists, while still accepting any other string (typed as `unknown`). */
export type EventName<E> = (keyof E & string) | (string & {});

/** What every event callback gets besides the payload. */
export interface EventMeta {
  /** The event name as you registered it (so one callback can serve several events). */
  readonly event: string;
  /** The full channel name. */
  readonly channel: string;
  /** The sender's user id for whispers on presence channels (pusher-js `metadata.user_id`), else `undefined`. */
  readonly userId?: string;
}

/** A callback for one event: its payload and {@link EventMeta}. */
export type EventCallback<T> = (payload: T, meta: EventMeta) => void;

/**
 * A callback checked bivariantly (method-parameter rules), so a callback written for a listed event's
 * payload fits beside the `unknown` catch-all of unlisted names.
 */
type ListedCallback<T> = { bivarianceHack(payload: T, meta: EventMeta): void }['bivarianceHack'];

/** One callback per event name, typed by the map (listed names get their payload, others `unknown`). */
export type EventListeners<E> = { [K in EventName<E>]?: ListedCallback<EventPayload<E, K>> };

/** Laravel's notification payload (`BroadcastNotificationCreated`): your `toBroadcast()` data plus `id` and `type`. */
export type BroadcastNotification<T = Record<string, unknown>> = T & {
  readonly id: string;
  /** The notification class, e.g. `App\\Notifications\\InvoicePaid`. */
  readonly type: string;
};

/**
 * Laravel's model broadcasting payload (`BroadcastsEvents`), received as `.{Model}Created`, `Updated`, … on
 * `App.Models.{Model}.{id}`.
 */
export interface ModelPayload<T> {
  readonly model: T;
  readonly connection: string | null;
  readonly queue: string | null;
  readonly afterCommit: boolean;
}
