import { eventually, within } from '@echokit/test-kit';
import Echo from 'laravel-echo';
import type PusherServer from 'pusher';
import type Pusher from 'pusher-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { officialSdk } from './helpers/laravel-auth.js';
import {
  connected,
  connectPusher,
  nextCloseCode,
  nextEvent,
  roundTrip,
  subscribeTo,
} from './helpers/pusher-client.js';
import { closeAll, startTestServer, TEST_APP } from './helpers/test-server.js';

// The official `pusher` SDK (what Laravel's pusher and reverb drivers use) against the real server,
// with real pusher-js and laravel-echo clients on the other end.
describe('HTTP API through the official pusher SDK', () => {
  let server: RunningServer;
  let sdk: PusherServer;
  const clients: Pusher[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    sdk = officialSdk(TEST_APP, server.port);
  });
  afterEach(() => closeAll(server, { clients }));

  async function client(user?: { id: string | number; info?: Record<string, unknown> }): Promise<Pusher> {
    const pusher = await connectPusher(server, user ? { user } : {});
    clients.push(pusher);
    return pusher;
  }

  it('trigger delivers to pusher-js subscribers, on one channel or several', async () => {
    const pusher = await client();
    const orders = await subscribeTo(pusher, 'orders');
    const invoices = await subscribeTo(pusher, 'invoices');
    const first = nextEvent(orders, 'order.shipped');
    const response = await sdk.trigger('orders', 'order.shipped', { id: 7, note: 'ünïcode' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    expect(await first).toEqual({ id: 7, note: 'ünïcode' });

    const both = Promise.all([nextEvent(orders, 'refund'), nextEvent(invoices, 'refund')]);
    await sdk.trigger(['orders', 'invoices'], 'refund', { amount: 5 });
    expect(await both).toEqual([{ amount: 5 }, { amount: 5 }]);
  });

  it('socket_id leaves the sender out (toOthers)', async () => {
    const sender = await client();
    const other = await client();
    const senderOrders = await subscribeTo(sender, 'orders');
    const otherOrders = await subscribeTo(other, 'orders');
    const senderGot: unknown[] = [];
    senderOrders.bind('message.sent', (data: unknown) => senderGot.push(data));
    const otherGets = nextEvent(otherOrders, 'message.sent');

    await sdk.trigger('orders', 'message.sent', { text: 'hi' }, { socket_id: sender.connection.socket_id });
    expect(await otherGets).toEqual({ text: 'hi' });
    await roundTrip(sender);
    expect(senderGot).toEqual([]);
  });

  it('trigger with info answers user_count (presence only) and subscription_count per channel', async () => {
    const ada = await client({ id: 1, info: { name: 'Ada' } });
    const adaSecondTab = await client({ id: 1, info: { name: 'Ada' } });
    const bob = await client({ id: 2, info: { name: 'Bob' } });
    for (const pusher of [ada, adaSecondTab, bob]) await subscribeTo(pusher, 'presence-room');
    await subscribeTo(bob, 'orders');

    const response = await sdk.trigger(
      ['presence-room', 'orders'],
      'tick',
      {},
      { info: 'user_count,subscription_count' },
    );
    expect(await response.json()).toEqual({
      channels: {
        'presence-room': { user_count: 2, subscription_count: 3 },
        orders: { subscription_count: 1 },
      },
    });
  });

  it('triggerBatch delivers every event and answers info per event', async () => {
    const pusher = await client();
    const orders = await subscribeTo(pusher, 'orders');
    const invoices = await subscribeTo(pusher, 'invoices');
    const received = Promise.all([nextEvent(orders, 'created'), nextEvent(invoices, 'paid')]);
    const response = await sdk.triggerBatch([
      { channel: 'orders', name: 'created', data: { id: 1 }, info: 'subscription_count' },
      { channel: 'invoices', name: 'paid', data: { id: 2 } },
    ]);
    expect(await response.json()).toEqual({ batch: [{ subscription_count: 1 }, {}] });
    expect(await received).toEqual([{ id: 1 }, { id: 2 }]);

    const plain = await sdk.triggerBatch([{ channel: 'orders', name: 'created', data: { id: 3 } }]);
    expect(await plain.json()).toEqual({});
  });

  it('lists channels, by prefix and with user_count for presence channels', async () => {
    const ada = await client({ id: 1 });
    const bob = await client({ id: 2 });
    await subscribeTo(ada, 'orders');
    await subscribeTo(ada, 'presence-room');
    await subscribeTo(bob, 'presence-room');
    await subscribeTo(bob, 'presence-lobby');

    const all = await sdk.get({ path: '/channels', params: {} });
    expect(await all.json()).toEqual({ channels: { orders: {}, 'presence-room': {}, 'presence-lobby': {} } });
    const presence = await sdk.get({
      path: '/channels',
      params: { filter_by_prefix: 'presence-', info: 'user_count' },
    });
    expect(await presence.json()).toEqual({
      channels: { 'presence-room': { user_count: 2 }, 'presence-lobby': { user_count: 1 } },
    });
    await expect(sdk.get({ path: '/channels', params: { info: 'user_count' } })).rejects.toMatchObject({
      status: 400,
    });
  });

  it('answers one channel: occupied, user_count, subscription_count and the cached event', async () => {
    const ada = await client({ id: 1 });
    const adaAgain = await client({ id: 1 });
    await subscribeTo(ada, 'presence-room');
    await subscribeTo(adaAgain, 'presence-room');
    const room = await sdk.get({
      path: '/channels/presence-room',
      params: { info: 'user_count,subscription_count' },
    });
    expect(await room.json()).toEqual({ occupied: true, user_count: 1, subscription_count: 2 });
    const empty = await sdk.get({ path: '/channels/nobody-here', params: {} });
    expect(await empty.json()).toEqual({ occupied: false });

    await sdk.trigger('cache-prices', 'price', { eur: 10 });
    const cached = (await (
      await sdk.get({ path: '/channels/cache-prices', params: { info: 'cache' } })
    ).json()) as {
      cache: { data: string; ttl: number };
    };
    expect(JSON.parse(cached.cache.data)).toEqual({ eur: 10 });
    expect(cached.cache.ttl).toBeGreaterThan(0);
    expect(cached.cache.ttl).toBeLessThanOrEqual(30 * 60);
  });

  it('lists the distinct users of a presence channel, and refuses other channels', async () => {
    const ada = await client({ id: 1 });
    const adaAgain = await client({ id: 1 });
    const bob = await client({ id: 'bob' });
    for (const pusher of [ada, adaAgain, bob]) await subscribeTo(pusher, 'presence-room');
    const users = (await (await sdk.get({ path: '/channels/presence-room/users' })).json()) as {
      users: { id: string }[];
    };
    expect(users.users.map((user) => user.id).sort()).toEqual(['1', 'bob']);
    await expect(sdk.get({ path: '/channels/private-room/users' })).rejects.toMatchObject({ status: 400 });
  });

  it("terminate_connections closes a signed-in user's connections and no one else's", async () => {
    const ada = await client({ id: 42 });
    const adaTab = await client({ id: 42 });
    const bob = await client({ id: 7 });
    for (const pusher of [ada, adaTab, bob]) pusher.signin();
    // pusher-js settles signinDonePromise on success or failure; user_data is set only on pusher:signin_success.
    await within(Promise.all([ada, adaTab, bob].map((pusher) => pusher.user.signinDonePromise)), 'sign-in');
    expect([ada, adaTab, bob].map((pusher) => pusher.user.user_data?.id)).toEqual(['42', '42', '7']);
    const closes = Promise.all([nextCloseCode(ada), nextCloseCode(adaTab)]);
    const response = await sdk.terminateUserConnections('42');
    expect(await response.json()).toEqual({});
    // 4009 (connection unauthorized): pusher-js does not reconnect with the same credentials.
    expect(await closes).toEqual([4009, 4009]);
    await roundTrip(bob);
    expect(bob.connection.state).toBe('connected');
  });

  it('sendToUser reaches every signed-in connection of that user only', async () => {
    const ada = await client({ id: 42 });
    const bob = await client({ id: 7 });
    for (const pusher of [ada, bob]) pusher.signin();
    await within(Promise.all([ada, bob].map((pusher) => pusher.user.signinDonePromise)), 'sign-in');
    await eventually(
      async () => (await server.adapter.channel(TEST_APP.id, '#server-to-user-42')).occupied,
      'the server-to-user channel',
    );
    const bobGot: unknown[] = [];
    bob.user.bind('balance', (data: unknown) => bobGot.push(data));
    const adaGets = within(new Promise((resolve) => ada.user.bind('balance', resolve)), 'the user event');
    const response = await sdk.sendToUser('42', 'balance', { eur: 3 });
    expect(response.status).toBe(200);
    expect(await adaGets).toEqual({ eur: 3 });
    await roundTrip(bob);
    expect(bobGot).toEqual([]);
  });

  it("delivers a Laravel notification to laravel-echo's .notification() on the user's private channel", async () => {
    const pusher = await client({ id: 1 });
    const echo = new Echo({ broadcaster: 'reverb', key: TEST_APP.key, client: pusher });
    await connected(pusher);
    const notified = within(
      new Promise<Record<string, unknown>>((resolve) =>
        echo.private('App.Models.User.1').notification(resolve),
      ),
      'the notification',
    );
    await eventually(
      async () => (await server.adapter.channel(TEST_APP.id, 'private-App.Models.User.1')).occupied,
      'Echo to subscribe to the private channel',
    );
    // What Laravel's broadcaster sends for `$user->notify(new InvoicePaid($invoice))` via the broadcast channel.
    await sdk.trigger(
      'private-App.Models.User.1',
      'Illuminate\\Notifications\\Events\\BroadcastNotificationCreated',
      {
        invoice_id: 12,
        amount: '99.00',
        id: '9b1c4d5e-0000-4000-8000-000000000001',
        type: 'App\\Notifications\\InvoicePaid',
      },
    );
    expect(await notified).toEqual({
      invoice_id: 12,
      amount: '99.00',
      id: '9b1c4d5e-0000-4000-8000-000000000001',
      type: 'App\\Notifications\\InvoicePaid',
    });
    echo.disconnect();
  });
});
