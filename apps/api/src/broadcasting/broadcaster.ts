/** Options for one publish. */
export interface PublishOptions {
  /**
   * The sender's socket id (the request's `X-Socket-ID`): that connection does not receive the event,
   * which is Laravel's `broadcast(...)->toOthers()`.
   */
  socketId?: string | undefined;
}

/**
 * Sends an event to channels through the socket server — Laravel's broadcast driver seen from the app.
 * The pusher SDK implementation is {@link PusherBroadcaster}; a Redis one can sit behind the same shape.
 *
 * @example
 * await broadcaster.publish(['presence-chat.1'], 'App\\Events\\MessageSent', { message }, { socketId });
 */
export interface Broadcaster {
  publish(channels: readonly string[], event: string, data: unknown, options?: PublishOptions): Promise<void>;
}
