/** Protocol version this project speaks. */
export const PROTOCOL_VERSION = 7;

/** Event names of the Pusher protocol v7. */
export const PusherEvent = {
  ConnectionEstablished: 'pusher:connection_established',
  Error: 'pusher:error',
  Ping: 'pusher:ping',
  Pong: 'pusher:pong',
  Subscribe: 'pusher:subscribe',
  Unsubscribe: 'pusher:unsubscribe',
  SubscriptionError: 'pusher:subscription_error',
  SubscriptionCount: 'pusher:subscription_count',
  CacheMiss: 'pusher:cache_miss',
  Signin: 'pusher:signin',
  SigninSuccess: 'pusher:signin_success',
  SubscriptionSucceeded: 'pusher_internal:subscription_succeeded',
  MemberAdded: 'pusher_internal:member_added',
  MemberRemoved: 'pusher_internal:member_removed',
  /** Watchlist events (online/offline) sent to a signed-in user. */
  WatchlistEvents: 'pusher_internal:watchlist_events',
} as const;

/** Client events start with this prefix. */
export const CLIENT_EVENT_PREFIX = 'client-';

/**
 * A frame on the WebSocket, either direction. `data` is a JSON *string* for server events
 * (Pusher's double encoding) and an object for most client-sent system events.
 */
export interface PusherFrame<Data = unknown> {
  event: string;
  channel?: string;
  data?: Data;
  /** Set by the server on client events in presence channels. */
  user_id?: string;
}

/** `pusher:connection_established` data, before it is JSON-encoded. */
export interface ConnectionEstablishedData {
  socket_id: string;
  activity_timeout: number;
}

/** `pusher:error` data (sent as an object). */
export interface ErrorData {
  code: number | null;
  message: string;
}

/** `pusher:subscription_error` data. */
export interface SubscriptionErrorData {
  type: string;
  error: string;
  status: number;
}

/** `pusher:subscribe` data sent by a client. */
export interface SubscribeData {
  channel: string;
  auth?: string;
  channel_data?: string;
}

/** Presence `channel_data` once decoded. Laravel sends `user_id` as a number; Pusher treats it as a string. */
export interface PresenceChannelData {
  user_id: string | number;
  user_info?: unknown;
}

/** Presence state in `pusher_internal:subscription_succeeded`, before it is JSON-encoded. */
export interface PresenceSubscriptionData {
  presence: {
    ids: string[];
    hash: Record<string, unknown>;
    count: number;
  };
}

/** `pusher:signin` data sent by a client. */
export interface SigninData {
  auth: string;
  user_data: string;
}

/** The decoded `user_data` of a sign-in. */
export interface SigninUserData {
  id: string;
  user_info?: unknown;
  watchlist?: string[];
}

/** One entry of `pusher_internal:watchlist_events`: users of the watchlist that came online or went offline. */
export interface WatchlistEvent {
  name: 'online' | 'offline';
  user_ids: string[];
}

/** `pusher_internal:watchlist_events` data, before it is JSON-encoded. */
export interface WatchlistEventsData {
  events: WatchlistEvent[];
}

/** `pusher:signin_success` data, before it is JSON-encoded: the signed `user_data` string, echoed. */
export interface SigninSuccessData {
  user_data: string;
}

/** Most ids a sign-in watchlist may hold; the server keeps the first ones and reports 4302. */
export const MAX_WATCHLIST_SIZE = 100;
