import { eventually, within } from '@echokit/test-kit';
import Echo from 'laravel-echo';
import type Pusher from 'pusher-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { connectPusher, nextEvent, subscribeTo } from './helpers/pusher-client.js';
import { RawClient } from './helpers/raw-client.js';
import { closeAll, socketUrl, startTestServer, TEST_APP } from './helpers/test-server.js';

describe('connection and public channels', () => {
  let server: RunningServer;
  const clients: Pusher[] = [];
  const raws: RawClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => closeAll(server, { clients, raws }));

  it('sends connection_established with data as a JSON string holding socket_id and activity_timeout', async () => {
    const raw = await RawClient.connect(socketUrl(server));
    raws.push(raw);
    const frame = raw.received[0];
    expect(frame?.event).toBe('pusher:connection_established');
    expect(typeof frame?.data).toBe('string');
    expect(JSON.parse(frame?.data as string)).toEqual({ socket_id: raw.socketId, activity_timeout: 30 });
    expect(raw.socketId).toMatch(/^\d+\.\d+$/);
  });

  it('answers pusher:ping with pusher:pong', async () => {
    const raw = await RawClient.connect(socketUrl(server));
    raws.push(raw);
    raw.send({ event: 'pusher:ping', data: {} });
    expect((await raw.next('pusher:pong')).event).toBe('pusher:pong');
  });

  it('delivers an event published through the adapter to a pusher-js subscriber', async () => {
    const client = await connectPusher(server);
    clients.push(client);
    const channel = await subscribeTo(client, 'orders');
    const received = nextEvent(channel, 'order.shipped');
    await server.adapter.publish({
      appId: TEST_APP.id,
      channels: ['orders'],
      event: 'order.shipped',
      data: '{"id":7}',
    });
    expect(await received).toEqual({ id: 7 });
  });

  it('leaves out the socket named by exceptSocketId (toOthers)', async () => {
    const sender = await connectPusher(server);
    const other = await connectPusher(server);
    clients.push(sender, other);
    const senderChannel = await subscribeTo(sender, 'orders');
    const otherChannel = await subscribeTo(other, 'orders');
    const seenBySender: unknown[] = [];
    senderChannel.bind('created', (data: unknown) => seenBySender.push(data));
    const first = nextEvent(otherChannel, 'created');
    await server.adapter.publish({
      appId: TEST_APP.id,
      channels: ['orders'],
      event: 'created',
      data: '{"n":1}',
      exceptSocketId: sender.connection.socket_id,
    });
    expect(await first).toEqual({ n: 1 });
    // A second event that both get shows the first one was never on its way to the sender.
    const both = [nextEvent(senderChannel, 'created'), nextEvent(otherChannel, 'created')];
    await server.adapter.publish({
      appId: TEST_APP.id,
      channels: ['orders'],
      event: 'created',
      data: '{"n":2}',
    });
    expect(await Promise.all(both)).toEqual([{ n: 2 }, { n: 2 }]);
    expect(seenBySender).toEqual([{ n: 2 }]);
  });

  it('stops delivering after unsubscribe and reports the channel as vacated', async () => {
    const client = await connectPusher(server);
    clients.push(client);
    await subscribeTo(client, 'news');
    expect(await server.adapter.channel(TEST_APP.id, 'news')).toEqual({
      occupied: true,
      subscriptionCount: 1,
    });
    client.unsubscribe('news');
    await eventually(
      async () => !(await server.adapter.channel(TEST_APP.id, 'news')).occupied,
      'the channel to empty',
    );
    expect(await server.adapter.channels(TEST_APP.id)).toEqual(new Map());
  });

  for (const broadcaster of ['reverb', 'pusher'] as const) {
    it(`works with laravel-echo's ${broadcaster} broadcaster`, async () => {
      const client = await connectPusher(server);
      clients.push(client);
      // Echo uses the pusher-js client it is given, as Laravel apps do with `window.Pusher`.
      const options = { key: TEST_APP.key, client };
      const echo =
        broadcaster === 'reverb'
          ? new Echo({ ...options, broadcaster: 'reverb' })
          : new Echo({ ...options, broadcaster: 'pusher' });
      const received = within(
        new Promise((resolve) => echo.channel('orders').listen('.OrderShipped', resolve)),
        'the Echo listener',
      );
      await eventually(
        async () => (await server.adapter.channel(TEST_APP.id, 'orders')).occupied,
        'Echo to subscribe',
      );
      await server.adapter.publish({
        appId: TEST_APP.id,
        channels: ['orders'],
        event: 'OrderShipped',
        data: '{"id":1}',
      });
      expect(await received).toEqual({ id: 1 });
      echo.disconnect();
    });
  }
});
