/**
 * Pusher close and error codes (protocol v7). Ranges tell the client what to do:
 * 4000–4099 do not reconnect unchanged, 4100–4199 back off, 4200–4299 reconnect now, 4300–4399 other.
 */
export const ErrorCode = {
  /** The app only accepts TLS connections. */
  SslOnly: 4000,
  /** No app with that key. */
  AppNotFound: 4001,
  /** The app is disabled. */
  AppDisabled: 4003,
  /** The app has reached its connection quota. */
  OverConnectionQuota: 4004,
  /** The upgrade path is not `/app/{key}`. */
  PathNotFound: 4005,
  /** The `protocol` query parameter is not a number. */
  InvalidVersion: 4006,
  /** The protocol version is not supported. */
  UnsupportedProtocol: 4007,
  /** The connection gave no protocol version. */
  NoProtocolVersion: 4008,
  /** The connection is not authorised (origin refused, sign-in missing or invalid). */
  Unauthorized: 4009,
  /** The server is over capacity, or this connection is too slow to keep up. */
  OverCapacity: 4100,
  /** Generic: reconnect now (the server is shutting down, for example). */
  ReconnectImmediately: 4200,
  /**
   * A frame the server could not use (not JSON, wrong shape, too large, binary). Sent as `pusher:error`
   * without closing, the code Reverb uses for the same case.
   */
  InvalidMessage: 4200,
  /** No pong came back to the server's ping in time. */
  PongTimeout: 4201,
  /** Closed after a long inactivity. */
  ClosedAfterInactivity: 4202,
  /** A client event was refused (rate limit, not allowed, not subscribed). */
  ClientEventRejected: 4301,
  /** More than 100 ids in a sign-in watchlist. */
  WatchlistLimitExceeded: 4302,
} as const;

/** One of the Pusher error codes in {@link ErrorCode}. */
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What a client should do after a close with this code, by Pusher's ranges. */
export type ReconnectAdvice = 'give-up' | 'backoff' | 'reconnect-now' | 'other';

/**
 * Maps a close code to Pusher's reconnect advice.
 *
 * @example
 * reconnectAdvice(4001) // 'give-up'
 */
export function reconnectAdvice(code: number): ReconnectAdvice {
  if (code >= 4000 && code < 4100) return 'give-up';
  if (code >= 4100 && code < 4200) return 'backoff';
  if (code >= 4200 && code < 4300) return 'reconnect-now';
  return 'other';
}
