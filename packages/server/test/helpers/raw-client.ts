import { within } from '@echokit/test-kit';
import WebSocket from 'ws';

/** A frame as the server sent it, `data` still as sent (a string for channel events). */
export interface Frame {
  event: string;
  channel?: string;
  data?: unknown;
  user_id?: string;
}

/**
 * A bare `ws` client for paths pusher-js never takes: malformed frames, refused upgrades, missing pongs.
 * Keeps every frame it receives, so a test can wait for one or show that one never came.
 */
export class RawClient {
  readonly received: Frame[] = [];
  private readonly consumed = new Set<number>();
  private readonly waiters = new Set<() => void>();
  /** The close code and reason, once the server closes. */
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(data.toString()) as Frame);
      for (const wake of this.waiters) wake();
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
  }

  /** Opens a socket and resolves once the WebSocket handshake is done (not waiting for any frame). */
  static async open(url: string, options?: WebSocket.ClientOptions): Promise<RawClient> {
    const socket = new WebSocket(url, options);
    const client = new RawClient(socket);
    await within(
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      }),
      `a WebSocket to ${url}`,
    );
    return client;
  }

  /** Opens a socket and waits for `pusher:connection_established`; returns the client and its socket id. */
  static async connect(
    url: string,
    options?: WebSocket.ClientOptions,
  ): Promise<RawClient & { socketId: string }> {
    const client = await RawClient.open(url, options);
    const established = await client.next('pusher:connection_established');
    const { socket_id } = JSON.parse(established.data as string) as { socket_id: string };
    return Object.assign(client, { socketId: socket_id });
  }

  send(frame: unknown): void {
    this.socket.send(JSON.stringify(frame));
  }

  sendRaw(data: string | Buffer, options: { binary?: boolean } = {}): void {
    this.socket.send(data, { binary: options.binary ?? false });
  }

  /** The next frame not yet taken that matches `event` (and `channel`, when given). */
  next(event: string, channel?: string, ms?: number): Promise<Frame> {
    return this.nextMatching(
      (frame) => frame.event === event && (channel === undefined || frame.channel === channel),
      `${event}${channel ? ` on ${channel}` : ''}`,
      ms,
    );
  }

  /** The next frame not yet taken for which `match` is true. */
  nextMatching(match: (frame: Frame) => boolean, what: string, ms?: number): Promise<Frame> {
    let look = () => {};
    const found = new Promise<Frame>((resolve) => {
      look = () => {
        const index = this.received.findIndex((frame, i) => !this.consumed.has(i) && match(frame));
        if (index < 0) return;
        this.consumed.add(index);
        this.waiters.delete(look);
        resolve(this.received[index] as Frame);
      };
      this.waiters.add(look);
      look();
    });
    return within(found, what, ms).finally(() => this.waiters.delete(look));
  }

  /** Subscribes and waits for the server's answer (success or error). */
  subscribe(channel: string, data: object = {}): Promise<Frame> {
    this.send({ event: 'pusher:subscribe', data: { channel, ...data } });
    return this.nextMatching(
      (frame) =>
        frame.channel === channel &&
        (frame.event === 'pusher_internal:subscription_succeeded' ||
          frame.event === 'pusher:subscription_error'),
      `an answer to subscribing to ${channel}`,
    );
  }

  /** A ping answered: every frame the server sent before it has arrived. */
  async roundTrip(): Promise<void> {
    this.send({ event: 'pusher:ping', data: {} });
    await this.next('pusher:pong');
  }

  /** Frames seen so far with this event name. */
  seen(event: string): Frame[] {
    return this.received.filter((frame) => frame.event === event);
  }

  waitClosed(ms?: number): Promise<{ code: number; reason: string }> {
    return within(this.closed, 'the server to close the socket', ms);
  }

  close(): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING)
      this.socket.terminate();
  }
}
