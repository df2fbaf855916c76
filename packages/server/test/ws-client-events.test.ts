import { within } from '@echokit/test-kit';
import Echo from 'laravel-echo';
import type Pusher from 'pusher-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppConfigInput, RunningServer } from '../src/index.js';
import { officialSdk } from './helpers/laravel-auth.js';
import { connectPusher, nextEvent, roundTrip, subscribeTo } from './helpers/pusher-client.js';
import { RawClient } from './helpers/raw-client.js';
import { closeAll, socketUrl, startTestServer, TEST_APP } from './helpers/test-server.js';

describe('client events (whispers)', () => {
  let server: RunningServer;
  const clients: Pusher[] = [];
  const raws: RawClient[] = [];

  async function start(apps?: AppConfigInput[]) {
    server = await startTestServer(apps);
  }
  async function raw(): Promise<RawClient & { socketId: string }> {
    const client = await RawClient.connect(socketUrl(server));
    raws.push(client);
    return client;
  }
  afterEach(() => closeAll(server, { clients, raws }));

  it('delivers a whisper to the other members and never back to the sender', async () => {
    await start();
    const sender = await connectPusher(server);
    const receiver = await connectPusher(server);
    clients.push(sender, receiver);
    const sent = await subscribeTo(sender, 'private-chat.1');
    const heard = await subscribeTo(receiver, 'private-chat.1');
    const echoed: unknown[] = [];
    sent.bind('client-typing', (data: unknown) => echoed.push(data));

    const received = nextEvent(heard, 'client-typing');
    expect(sent.trigger('client-typing', { name: 'Ada' })).toBe(true);
    expect(await received).toEqual({ name: 'Ada' });
    await roundTrip(sender);
    expect(echoed).toEqual([]);
  });

  it("adds the sender's user_id on presence channels (Echo whisper / listenForWhisper)", async () => {
    await start();
    const ada = await connectPusher(server, { user: { id: 1, info: { name: 'Ada' } } });
    const bob = await connectPusher(server, { user: { id: 2, info: { name: 'Bob' } } });
    clients.push(ada, bob);
    const adaEcho = new Echo({ broadcaster: 'reverb', key: TEST_APP.key, client: ada });
    const bobEcho = new Echo({ broadcaster: 'reverb', key: TEST_APP.key, client: bob });
    const subscribed = (echo: typeof adaEcho) =>
      within(new Promise<void>((resolve) => echo.join('room.1').here(() => resolve())), 'Echo to join');
    await subscribed(adaEcho);
    await subscribed(bobEcho);

    const withUser = new Promise<{ data: unknown; userId: unknown }>((resolve) => {
      bob
        .channel('presence-room.1')
        .bind('client-typing', (data: unknown, metadata: { user_id?: string }) =>
          resolve({ data, userId: metadata?.user_id }),
        );
    });
    const whisper = within(
      new Promise((resolve) => bobEcho.join('room.1').listenForWhisper('typing', resolve)),
      'the whisper',
    );
    adaEcho.join('room.1').whisper('typing', { typing: true });
    expect(await whisper).toEqual({ typing: true });
    expect(await within(withUser, 'the whisper metadata')).toEqual({ data: { typing: true }, userId: '1' });
    adaEcho.disconnect();
    bobEcho.disconnect();
  });

  it('refuses whispers on public and encrypted channels, before subscribing, and when the app disables them', async () => {
    await start([
      TEST_APP,
      { id: 'quiet', key: 'quiet-key', secret: 'quiet-secret', enableClientMessages: false },
    ]);
    const client = await raw();
    const listener = await raw();
    await client.subscribe('public-room');
    await listener.subscribe('public-room');

    client.send({ event: 'client-typing', channel: 'public-room', data: {} });
    const publicError = await client.next('pusher:error');
    expect(publicError.data).toEqual({
      code: 4301,
      message: 'Client event rejected - only supported on private and presence channels',
    });

    client.send({ event: 'client-typing', channel: 'private-elsewhere', data: {} });
    expect((await client.next('pusher:error')).data).toMatchObject({
      code: 4301,
      message: expect.stringContaining('not subscribed'),
    });

    client.send({ event: 'client-typing', channel: 'private-encrypted-x', data: {} });
    expect((await client.next('pusher:error')).data).toMatchObject({ code: 4301 });

    await listener.roundTrip();
    expect(listener.seen('client-typing')).toEqual([]);

    const quiet = await RawClient.connect(socketUrl(server, 'quiet-key'));
    raws.push(quiet);
    const auth = officialSdk({ id: 'quiet', key: 'quiet-key', secret: 'quiet-secret' }).authorizeChannel(
      quiet.socketId,
      'private-q',
    );
    await quiet.subscribe('private-q', auth);
    quiet.send({ event: 'client-typing', channel: 'private-q', data: {} });
    expect((await quiet.next('pusher:error')).data).toMatchObject({
      code: 4301,
      message: expect.stringContaining('disabled'),
    });
  });

  it('rate-limits client events per connection with pusher:error 4301 and keeps the connection', async () => {
    await start([{ ...TEST_APP, maxClientEventsPerSecond: 3 }]);
    const sdk = officialSdk(TEST_APP);
    const sender = await raw();
    const receiver = await raw();
    await sender.subscribe('private-chat', sdk.authorizeChannel(sender.socketId, 'private-chat'));
    await receiver.subscribe('private-chat', sdk.authorizeChannel(receiver.socketId, 'private-chat'));
    for (let i = 0; i < 10; i += 1) sender.send({ event: 'client-n', channel: 'private-chat', data: { i } });
    const error = await sender.next('pusher:error');
    expect(error.data).toEqual({
      code: 4301,
      message: 'Client event rejected - over the rate limit of 3 per second',
    });
    await sender.roundTrip();
    await receiver.roundTrip();
    // Within one second at most 3 pass (a window boundary in the burst can let through 3 more).
    const delivered = receiver.seen('client-n').length;
    expect(delivered).toBeGreaterThanOrEqual(3);
    expect(delivered).toBeLessThanOrEqual(6);
    expect(sender.socket.readyState).toBe(sender.socket.OPEN);
  });
});
