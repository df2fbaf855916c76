import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createEchokit } from '../src/index.js';

describe('broadcasters without subscription acknowledgements', () => {
  it('works with the null broadcaster: connected, channels subscribed, nothing breaks', () => {
    const client = createEchokit({ broadcaster: 'null' }, { graceMs: 0 });
    const orders = client.channel('orders', 'private');
    const release = orders.listen('OrderShipped', () => {});
    expect(orders.getSnapshot().status).toBe('subscribed');
    expect(client.connection.getSnapshot()).toMatchObject({
      status: 'connected',
      socketId: 'fake-socket-id',
    });
    const room = client.presence('chat');
    room.acquire();
    expect(room.getSnapshot()).toMatchObject({ status: 'subscribed', members: [], count: 0 });
    expect(room.whisper('typing', {})).toBe(true);
    release();
    room.leave();
    client.disconnect();
    client.destroy();
  });

  it('works with the socket.io broadcaster over a socket.io-client-shaped socket', () => {
    // What laravel-echo's SocketIoConnector uses of socket.io-client: io(host, options) → socket with
    // on/emit/removeListener/connected/id and an `io` manager emitting `reconnect`.
    const sent: [string, unknown][] = [];
    const socket = Object.assign(new EventEmitter(), {
      connected: false,
      id: undefined as string | undefined,
      io: Object.assign(new EventEmitter(), { _reconnecting: false }),
      disconnect() {
        socket.connected = false;
        socket.emit('disconnect');
      },
    });
    const realEmit = socket.emit.bind(socket);
    socket.emit = ((event: string, ...args: unknown[]) => {
      if (event === 'subscribe' || event === 'unsubscribe' || event === 'client event')
        sent.push([event, args[0]]);
      return realEmit(event, ...args);
    }) as typeof socket.emit;
    const io = () => socket;
    const client = createEchokit(
      { broadcaster: 'socket.io', client: io, host: 'http://localhost:6001' },
      { graceMs: 0 },
    );
    const seen: unknown[] = [];
    const room = client.presence<{ name: string }>('chat');
    room.acquire({ listen: { MessagePosted: (e) => seen.push(e) } });
    expect(client.connection.getSnapshot().status).toBe('connecting');
    socket.connected = true;
    socket.id = 'sock-1';
    realEmit('connect');
    expect(client.connection.getSnapshot()).toMatchObject({ status: 'connected', socketId: 'sock-1' });
    realEmit('presence:subscribed', 'presence-chat', [
      { user_id: 2, user_info: { name: 'Grace' } },
      { user_id: 1, user_info: { name: 'Ada' } },
    ]);
    realEmit('presence:joining', 'presence-chat', { user_id: 3, user_info: { name: 'Linus' } });
    realEmit('App\\Events\\MessagePosted', 'presence-chat', { text: 'hi' });
    expect(room.getSnapshot().members.map((m) => m.info.name)).toEqual(['Ada', 'Grace', 'Linus']);
    expect(seen).toEqual([{ text: 'hi' }]);
    expect(room.whisper('typing', { on: true }, { throttleMs: 0 })).toBe(true);
    expect(sent.map(([event]) => event)).toEqual(['subscribe', 'client event']);
    room.leave();
    expect(sent.at(-1)?.[0]).toBe('unsubscribe');
    client.destroy();
  });
});
