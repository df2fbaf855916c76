import { type RunningServer, startServer } from '@echokit/server';
import { type AuthEndpoint, startLaravelAuthEndpoint } from '@echokit/test-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionStatus, PresenceMember, ResyncEvent } from '../../src/index.js';
import { createTestClients, eventually } from '../helpers/echo-clients.js';

const APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' };
const ADA = { id: 1, name: 'Ada' };
const GRACE = { id: 2, name: 'Grace' };
const LINUS = { id: 3, name: 'Linus' };

describe('core against the real bundled server', () => {
  let server: RunningServer;
  let auth: AuthEndpoint;
  const clients = createTestClients(APP);

  beforeEach(async () => {
    server = await startServer({ port: 0, apps: [APP], logLevel: 'silent' });
    auth = await startLaravelAuthEndpoint(APP, { refuse: (channel) => channel.includes('forbidden') });
  });

  afterEach(async () => {
    clients.destroyAll();
    await server.close();
    await auth.close();
  });

  it('connects: idle → connecting → connected with a socket id, created only when used', async () => {
    const client = clients.create(server.port, auth.url);
    const statuses: ConnectionStatus[] = [];
    client.connection.subscribe(() => statuses.push(client.connection.getSnapshot().status));
    expect(client.connection.getSnapshot().status).toBe('idle');
    expect(client.hasEcho()).toBe(false);
    client.connect();
    await eventually(() => client.connection.getSnapshot().status === 'connected', 'connected');
    expect(statuses).toEqual(['connecting', 'connected']);
    expect(client.socketId()).toMatch(/^\d+\.\d+$/);
    expect(client.echo.socketId()).toBe(client.socketId());
  });

  it('subscribes and receives a server event through the namespace rules', async () => {
    const client = clients.create(server.port, auth.url);
    const orders = client.channel<{ OrderShipped: { order: { id: number } } }>('orders');
    const seen: [number, string][] = [];
    orders.listen('OrderShipped', (e, meta) => seen.push([e.order.id, meta.event]));
    expect(orders.getSnapshot().status).toBe('pending');
    await eventually(() => orders.getSnapshot().status === 'subscribed', 'subscribed');
    await server.adapter.publish({
      appId: APP.id,
      channels: ['orders'],
      event: 'App\\Events\\OrderShipped',
      data: JSON.stringify({ order: { id: 7 } }),
    });
    await eventually(() => seen.length === 1, 'the event');
    expect(seen).toEqual([[7, 'OrderShipped']]);
  });

  it('surfaces an auth refusal in the channel state with the HTTP status, and keeps the connection', async () => {
    const client = clients.create(server.port, auth.url, ADA);
    const admin = client.channel('forbidden-admin', 'private');
    const errors: unknown[] = [];
    admin.acquire({ onError: (error) => errors.push(error) });
    await eventually(() => admin.getSnapshot().status === 'error', 'the auth error');
    expect(admin.getSnapshot().error).toMatchObject({ type: 'AuthError', status: 403 });
    expect(admin.getSnapshot().error?.message).toContain('403');
    expect(errors).toHaveLength(1);
    const allowed = client.channel('orders.1', 'private');
    allowed.acquire();
    await eventually(
      () => allowed.getSnapshot().status === 'subscribed',
      'a private channel that is allowed',
    );
    expect(client.connection.getSnapshot().status).toBe('connected');
  });

  it('keeps presence members across three clients, with joins and leaves', async () => {
    const ada = clients.create(server.port, auth.url, ADA);
    const grace = clients.create(server.port, auth.url, GRACE);
    const linus = clients.create(server.port, auth.url, LINUS);
    const names = (members: readonly PresenceMember<{ name: string }>[]) => members.map((m) => m.info.name);
    const room = ada.presence<{ name: string }>('chat');
    const joined: string[] = [];
    const left: string[] = [];
    room.acquire({ onJoin: (m) => joined.push(m.info.name), onLeave: (m) => left.push(m.info.name) });
    await eventually(() => room.getSnapshot().status === 'subscribed', 'Ada subscribed');
    expect(room.getSnapshot().me).toEqual({ id: '1', info: { name: 'Ada' } });

    grace.presence('chat').acquire();
    const linusLease = linus.presence('chat').acquire();
    await eventually(() => room.getSnapshot().count === 3, 'three members');
    expect(names(room.getSnapshot().members)).toEqual(['Ada', 'Grace', 'Linus']);
    expect(joined.sort()).toEqual(['Grace', 'Linus']);
    await eventually(() => grace.presence('chat').getSnapshot().count === 3, 'Grace sees three');

    linusLease.release(); // leaves after the grace period
    await eventually(() => room.getSnapshot().count === 2, 'Linus gone');
    expect(left).toEqual(['Linus']);
    expect(names(room.getSnapshot().members)).toEqual(['Ada', 'Grace']);
  });

  it('delivers a whisper to the other member with the sender’s user id, not back to the sender', async () => {
    const ada = clients.create(server.port, auth.url, ADA);
    const grace = clients.create(server.port, auth.url, GRACE);
    const heardByGrace: [unknown, string | undefined][] = [];
    const heardByAda: unknown[] = [];
    const adaRoom = ada.presence<{ name: string }, object, { typing: { name: string } }>('chat');
    adaRoom.listenForWhisper('typing', (e) => heardByAda.push(e));
    grace.presence('chat').listenForWhisper('typing', (e, meta) => heardByGrace.push([e, meta.userId]));
    await eventually(() => adaRoom.getSnapshot().count === 2, 'both members');
    await eventually(() => grace.presence('chat').getSnapshot().status === 'subscribed', 'Grace subscribed');
    expect(adaRoom.whisper('typing', { name: 'Ada' })).toBe(true);
    await eventually(() => heardByGrace.length === 1, 'the whisper');
    expect(heardByGrace).toEqual([[{ name: 'Ada' }, '1']]);
    expect(heardByAda).toEqual([]);
  });

  it('shares one subscription and one authorisation between consumers and across a quick remount', async () => {
    const client = clients.create(server.port, auth.url, ADA, { graceMs: 1000 });
    const orders = client.channel('orders.1', 'private');
    const first = orders.acquire();
    await eventually(() => orders.getSnapshot().status === 'subscribed', 'subscribed');
    first.release();
    const second = orders.acquire(); // StrictMode-like remount within the grace period
    const third = orders.acquire();
    expect(orders.getSnapshot().status).toBe('subscribed');
    expect(auth.requests()).toBe(1);
    second.release();
    third.release();
    await eventually(() => orders.getSnapshot().status === 'idle', 'left after the grace period');
    expect(auth.requests()).toBe(1);
    await eventually(
      async () => !(await server.adapter.channels(APP.id)).has('private-orders.1'),
      'the server to see the channel left',
    );
  });

  it('walks connected → reconnecting → connected on a server restart and emits one resync per channel', async () => {
    // After a restart every client resubscribes at its own pace; 8 s covers pusher-js's back-off spread.
    const client = clients.create(server.port, auth.url, ADA, { presenceSettleMs: 8000 });
    const grace = clients.create(server.port, auth.url, GRACE);
    const linus = clients.create(server.port, auth.url, LINUS);
    const statuses: ConnectionStatus[] = [];
    client.connection.subscribe(() => statuses.push(client.connection.getSnapshot().status));
    const resyncs: ResyncEvent[] = [];
    client.onResync((e) => resyncs.push(e));
    let reconnects = 0;
    client.connection.onReconnect(() => reconnects++);
    const news = client.channel('news');
    news.listen('Published', () => {});
    const orders = client.channel('orders.1', 'private');
    orders.acquire();
    const room = client.presence<{ name: string }>('chat');
    const left: string[] = [];
    const joined: string[] = [];
    room.acquire({ onLeave: (m) => left.push(m.info.name), onJoin: (m) => joined.push(m.info.name) });
    const counts: number[] = [];
    room.subscribe(() => counts.push(room.getSnapshot().count));
    grace.presence('chat').acquire();
    linus.presence('chat').acquire();
    await eventually(
      () =>
        news.getSnapshot().status === 'subscribed' &&
        orders.getSnapshot().status === 'subscribed' &&
        room.getSnapshot().count === 3,
      'everything subscribed',
    );
    const socketBefore = client.socketId();
    joined.length = 0;

    const port = server.port;
    await server.close();
    await eventually(() => client.connection.getSnapshot().status === 'reconnecting', 'reconnecting');
    expect(room.getSnapshot().count).toBe(3); // members stay on screen while offline
    expect(orders.getSnapshot().status).toBe('pending');
    linus.destroy(); // Linus goes away while the server is down: nobody is told
    server = await startServer({ port, apps: [APP], logLevel: 'silent' });

    // pusher-js retries with its own back-off (about 15 s here), hence the long bound.
    await eventually(() => client.connection.getSnapshot().status === 'connected', 'connected again', 45_000);
    await eventually(() => resyncs.length === 3, 'three resyncs', 10_000);
    await eventually(() => room.getSnapshot().count === 2, 'Linus dropped after the settle window', 20_000);
    // The store also notifies when only `attempt` changes; the walk is the list without repeats.
    const walk = statuses.filter((status, i) => status !== statuses[i - 1]);
    expect(walk).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
    expect(resyncs.map((e) => e.channel).sort()).toEqual(['news', 'presence-chat', 'private-orders.1']);
    expect(resyncs.every((e) => e.recovered === false)).toBe(true);
    expect(reconnects).toBe(1);
    expect(client.socketId()).not.toBe(socketBefore);
    // The fresh list was diffed with the old one: Linus left, Grace never flashed out and back in.
    expect(room.getSnapshot().members.map((m) => m.info.name)).toEqual(['Ada', 'Grace']);
    expect(left).toEqual(['Linus']);
    expect(joined).toEqual([]);
    expect(counts.slice(counts.indexOf(3))).not.toContain(0);
  }, 90_000);
});
