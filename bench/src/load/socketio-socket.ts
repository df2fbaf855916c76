import io from 'socket.io-client';
import { BENCH_EVENT } from '../payload.js';
import type { SocketEvents } from './pusher-socket.js';

/**
 * One socket.io 2 connection the way laravel-echo's socket.io connector subscribes
 * (`emit('subscribe', { channel, auth })`, events arrive as `(channel, data)`). WebSocket transport only,
 * so no long-polling handshake is charged to laravel-echo-server.
 */
export class SocketIoSocket {
  private readonly socket: SocketIOClient.Socket;

  constructor(
    baseUrl: string,
    private readonly events: SocketEvents,
  ) {
    this.socket = io(baseUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
    this.socket.on('connect', () => events.established(this.socket.id));
    this.socket.on(BENCH_EVENT, (_channel: string, data: { t?: number }) => {
      events.delivery(typeof data?.t === 'number' ? data.t : Number.NaN);
    });
    this.socket.on('connect_error', (error: Error) => events.ended(`connect_error ${error.message}`));
    this.socket.on('disconnect', (reason: string) => events.ended(`disconnect ${reason}`));
  }

  /** laravel-echo-server confirms nothing for public channels; the parent asks its HTTP API instead. */
  subscribe(channel: string): void {
    this.socket.emit('subscribe', { channel, auth: { headers: {} } });
    this.events.subscribed(channel, null);
  }

  close(): void {
    this.socket.off('disconnect');
    this.socket.close();
  }
}
