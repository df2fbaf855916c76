import { ErrorCode, type ErrorData, PusherEvent, type PusherFrame } from '@echokit/protocol';
import WebSocket from 'ws';
import type { AppConfig } from '../config/app-config.js';
import type { PreparedMessage } from '../fanout/prepared-message.js';
import type { Logger } from '../logger.js';
import { Liveness } from './liveness.js';
import { RateLimiter } from './rate-limiter.js';

/** A user signed in on a connection with `pusher:signin`. */
export interface SignedInUser {
  id: string;
  /** Ids this connection watches (online/offline events). */
  watchlist: string[];
}

/**
 * One client socket's life: its id and app, what it subscribed to, who it signed in as, and the
 * ways to send to it and close it. Protocol decisions live in the handlers, not here.
 */
export class Connection {
  /** Channels this socket has successfully subscribed to. */
  readonly channels = new Set<string>();
  /** Set once `pusher:signin` succeeds. */
  user: SignedInUser | null = null;
  readonly clientEvents: RateLimiter;
  private readonly liveness: Liveness;
  private readonly cleanups: Array<() => void> = [];
  private closed = false;

  constructor(
    readonly socketId: string,
    readonly app: AppConfig,
    private readonly socket: WebSocket,
    private readonly logger: Logger,
  ) {
    this.clientEvents = new RateLimiter(app.maxClientEventsPerSecond);
    this.liveness = new Liveness(
      app.activityTimeout * 1000,
      app.pongTimeout * 1000,
      () => {
        // Both kinds: browsers answer control pings by themselves, other clients answer pusher:ping.
        this.send({ event: PusherEvent.Ping, data: {} });
        if (this.isOpen) socket.ping();
      },
      () => this.close(ErrorCode.PongTimeout, 'Pong reply not received'),
    );
    socket.on('pong', () => this.liveness.touch());
    socket.on('ping', () => this.liveness.touch());
    socket.on('close', () => this.release());
    socket.on('error', (error) => this.logger.debug({ err: error, socketId }, 'socket error'));
  }

  /** True once the connection has ended (or is ending) and left its channels: ignore its late frames. */
  get released(): boolean {
    return this.closed;
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Marks activity for the liveness check (called for every incoming frame). */
  touch(): void {
    this.liveness.touch();
  }

  /** Sends one frame to this socket only. */
  send(frame: PusherFrame): void {
    if (this.isOpen) this.socket.send(JSON.stringify(frame));
  }

  /** Sends a `pusher:error` and keeps the connection open. */
  sendError(code: number | null, message: string): void {
    const data: ErrorData = { code, message };
    this.send({ event: PusherEvent.Error, data });
  }

  /**
   * Writes a message prepared once for many sockets. A socket whose unsent bytes pass the app's bound is
   * closed with 4100: a slow reader must not make the server buffer without limit.
   */
  sendPrepared(message: PreparedMessage): void {
    message.sendTo(this.socket);
    if (this.socket.bufferedAmount > this.app.maxBufferedBytes) {
      this.close(ErrorCode.OverCapacity, 'Client too slow: send buffer full');
    }
  }

  /** Sends `pusher:error` with `code`, then closes with the same code. */
  fail(code: number, message: string): void {
    this.sendError(code, message);
    this.close(code, message);
  }

  /** Closes the socket (the close frame carries `code`) and releases its subscriptions at once. */
  close(code: number, reason: string): void {
    if (this.isOpen || this.socket.readyState === WebSocket.CONNECTING) {
      // Reasons must fit the 123-byte close frame limit.
      this.socket.close(code, reason.slice(0, 120));
    }
    this.release();
  }

  /** Runs `cleanup` once when the connection ends, whichever side ends it. */
  onRelease(cleanup: () => void): void {
    if (this.closed) cleanup();
    else this.cleanups.push(cleanup);
  }

  /** Resolves when the underlying socket has fully closed. */
  whenSocketClosed(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => this.socket.once('close', () => resolve()));
  }

  /** Drops the socket without a closing handshake (a peer that never answers the close frame). */
  terminate(): void {
    this.socket.terminate();
  }

  private release(): void {
    if (this.closed) return;
    this.closed = true;
    this.liveness.stop();
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        cleanup();
      } catch (error) {
        this.logger.error({ err: error, socketId: this.socketId }, 'connection cleanup failed');
      }
    }
  }
}
