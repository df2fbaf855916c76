import { eventually, within } from '@echokit/test-kit';
import Echo from 'laravel-echo';
import Pusher from 'pusher-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { officialSdk } from './helpers/laravel-auth.js';
import { connected, connectPusher, nextEvent, pusherOptions, subscribeTo } from './helpers/pusher-client.js';
import { RawClient } from './helpers/raw-client.js';
import { closeAll, socketUrl, startTestServer, TEST_APP } from './helpers/test-server.js';

describe('private and encrypted channels', () => {
  let server: RunningServer;
  const clients: Pusher[] = [];
  const raws: RawClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => closeAll(server, { clients, raws }));

  it('subscribes with a Laravel-style signature and receives events', async () => {
    const client = await connectPusher(server);
    clients.push(client);
    const channel = await subscribeTo(client, 'private-App.Models.User.1');
    const received = nextEvent(channel, 'Illuminate\\Notifications\\Events\\BroadcastNotificationCreated');
    await server.adapter.publish({
      appId: TEST_APP.id,
      channels: ['private-App.Models.User.1'],
      event: 'Illuminate\\Notifications\\Events\\BroadcastNotificationCreated',
      data: '{"id":"n1","type":"App\\\\Notifications\\\\Shipped"}',
    });
    expect(await received).toEqual({ id: 'n1', type: 'App\\Notifications\\Shipped' });
  });

  it("delivers Laravel notifications to Echo's .notification() on private-App.Models.User.{id}", async () => {
    const client = await connectPusher(server);
    clients.push(client);
    const echo = new Echo({ broadcaster: 'pusher', key: TEST_APP.key, client });
    const notified = within(
      new Promise((resolve) => echo.private('App.Models.User.1').notification(resolve)),
      'the notification',
    );
    await eventually(
      async () => (await server.adapter.channel(TEST_APP.id, 'private-App.Models.User.1')).occupied,
      'Echo to subscribe',
    );
    const payload = { amount: 10, id: '8d6c', type: 'App\\Notifications\\InvoicePaid' };
    await server.adapter.publish({
      appId: TEST_APP.id,
      channels: ['private-App.Models.User.1'],
      event: 'Illuminate\\Notifications\\Events\\BroadcastNotificationCreated',
      data: JSON.stringify(payload),
    });
    expect(await notified).toEqual(payload);
    echo.disconnect();
  });

  it('refuses a wrong signature with AuthError 401 and the connection stays usable', async () => {
    const client = await connectPusher(server, { refuseAuth: true });
    clients.push(client);
    const channel = client.subscribe('private-orders');
    const error = await nextEvent<{ type: string; status: number; error: string }>(
      channel,
      'pusher:subscription_error',
    );
    expect(error).toMatchObject({ type: 'AuthError', status: 401 });
    expect(error.error).toContain('private-orders');
    expect((await server.adapter.channel(TEST_APP.id, 'private-orders')).occupied).toBe(false);

    expect(client.connection.state).toBe('connected');
    const open = await subscribeTo(client, 'public-after-error');
    const received = nextEvent(open, 'ping');
    await server.adapter.publish({
      appId: TEST_APP.id,
      channels: ['public-after-error'],
      event: 'ping',
      data: '1',
    });
    expect(await received).toBe(1);
  });

  it('refuses a missing signature, a signature for another socket and another key', async () => {
    const raw = await RawClient.connect(socketUrl(server));
    const other = await RawClient.connect(socketUrl(server));
    raws.push(raw, other);
    const sdk = officialSdk(TEST_APP);

    const missing = await raw.subscribe('private-a');
    expect(missing.event).toBe('pusher:subscription_error');
    expect(missing.data).toMatchObject({ type: 'AuthError', status: 401 });

    const stolen = await raw.subscribe('private-a', sdk.authorizeChannel(other.socketId, 'private-a'));
    expect(stolen.data).toMatchObject({ type: 'AuthError', status: 401 });

    const { auth } = sdk.authorizeChannel(raw.socketId, 'private-a');
    const wrongKey = await raw.subscribe('private-a', { auth: `other-key:${auth.split(':')[1]}` });
    expect(wrongKey.data).toMatchObject({ type: 'AuthError', status: 401 });

    const good = await raw.subscribe('private-a', { auth });
    expect(good).toEqual({
      event: 'pusher_internal:subscription_succeeded',
      channel: 'private-a',
      data: '{}',
    });
  });

  it('refuses bad channel names with a clear subscription_error', async () => {
    const raw = await RawClient.connect(socketUrl(server));
    raws.push(raw);
    const spaces = await raw.subscribe('chat room');
    expect(spaces.event).toBe('pusher:subscription_error');
    expect((spaces.data as { error: string }).error).toContain('may only contain');
    const long = await raw.subscribe('x'.repeat(165));
    expect((long.data as { error: string }).error).toContain('longer than 164');
    const reserved = await raw.subscribe('#server-to-user-1');
    expect(reserved.data).toMatchObject({ type: 'AuthError', status: 403 });
    expect((await raw.subscribe('x'.repeat(164))).event).toBe('pusher_internal:subscription_succeeded');
  });

  it('relays end-to-end encrypted events it cannot read to pusher-js, which decrypts them', async () => {
    // pusher-js' Node build bundles tweetnacl, as pusher-js/with-encryption does in browsers.
    const client = new Pusher(TEST_APP.key, pusherOptions(server));
    clients.push(client);
    await connected(client);
    const channel = await subscribeTo(client, 'private-encrypted-doc.1');
    const received = nextEvent(channel, 'saved');
    // The official SDK encrypts with the master key; the server only sees ciphertext.
    await officialSdk(TEST_APP, server.port).trigger('private-encrypted-doc.1', 'saved', { title: 'secret' });
    expect(await received).toEqual({ title: 'secret' });
  });
});
