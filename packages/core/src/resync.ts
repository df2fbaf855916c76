/**
 * Emitted once per channel after a reconnect (not the first connect), when the channel is subscribed again.
 * Refetch what the channel's events would have told you while offline unless `recovered` is true.
 */
export interface ResyncEvent {
  /** The full channel name (`private-orders.1`, `presence-chat`, …). */
  readonly channel: string;
  /**
   * True when a recovery extension replayed every missed event, so nothing needs refetching. Always `false`
   * against a plain Pusher/Reverb server.
   */
  readonly recovered: boolean;
  /** Events replayed by a recovery extension before this signal; 0 without one. */
  readonly replayed: number;
}

/** What a recovery extension gets from the client. */
export interface RecoveryContext {
  /** The pusher-js client, once created (the extension binds to its connection and channels). */
  readonly pusher: unknown;
  /** Reports the outcome for a channel; the client emits it as that channel's resync event. */
  report(event: ResyncEvent): void;
}

/**
 * The hook point for server-side replay of missed events (a later extension). Without one, a channel that
 * comes back after a reconnect emits `{ recovered: false, replayed: 0 }` as soon as it is subscribed; with
 * one, the client waits for the extension's `report` for the channels it `handles`.
 */
export interface RecoveryExtension {
  /** Called once the pusher-js client exists; returns a function that detaches the extension. */
  attach(context: RecoveryContext): () => void;
  /**
   * True when the extension will report this channel's resync itself. It must then report after every
   * resubscribe (falling back to `recovered: false` when the server does not answer), or the app never
   * hears of the reconnect.
   */
  handles(channel: string): boolean;
}
