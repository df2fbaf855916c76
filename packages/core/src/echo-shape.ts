// The few parts of laravel-echo and pusher-js that core relies on, typed structurally so the testing fake
// and every broadcaster (pusher, reverb, socket.io, null) fit.

/** A callback as laravel-echo and pusher-js take it. */
// biome-ignore lint/suspicious/noExplicitAny: callbacks receive untyped wire payloads
export type AnyCallback = (...args: any[]) => void;

/** The laravel-echo channel methods core uses (all broadcasters implement them). */
export interface EchoChannelShape {
  listen(event: string, callback: AnyCallback): unknown;
  stopListening(event: string, callback?: AnyCallback): unknown;
  listenForWhisper(event: string, callback: AnyCallback): unknown;
  stopListeningForWhisper(event: string, callback?: AnyCallback): unknown;
  notification(callback: AnyCallback): unknown;
  stopListeningForNotification(callback: AnyCallback): unknown;
  whisper?(event: string, payload: unknown): unknown;
  /** pusher-js's channel, on the pusher/reverb broadcasters. */
  subscription?: { subscribed?: boolean; members?: unknown };
}

/** pusher-js's connection manager, as far as the connection store reads it. */
export interface PusherConnectionShape {
  state: string;
  socket_id?: string;
  bind(event: string, callback: AnyCallback): unknown;
  unbind(event: string, callback?: AnyCallback): unknown;
}

/** The pusher-js client, as far as core reads it. */
export interface PusherShape {
  connection: PusherConnectionShape;
  connect(): void;
  disconnect(): void;
}

/** The laravel-echo instance, as far as core drives it. */
export interface EchoShape {
  // biome-ignore lint/suspicious/noExplicitAny: options mirror laravel-echo's open options object
  options: Record<string, any>;
  connector: {
    pusher?: PusherShape;
    channels?: Record<string, unknown>;
    connectionStatus?(): string;
    onConnectionChange?(callback: (status: string) => void): () => void;
    socketId?(): string | undefined;
  };
  channel(name: string): unknown;
  private(name: string): unknown;
  join(name: string): unknown;
  encryptedPrivate(name: string): unknown;
  leaveChannel(name: string): void;
  socketId(): string | undefined;
  connect(): void;
  disconnect(): void;
}
