import { eventually, within } from '@echokit/test-kit';
import type Pusher from 'pusher-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppConfigInput, RunningServer } from '../src/index.js';
import { officialSdk, type TestUser } from './helpers/laravel-auth.js';
import { connectPusher, roundTrip } from './helpers/pusher-client.js';
import { RawClient } from './helpers/raw-client.js';
import { closeAll, socketUrl, startTestServer, TEST_APP } from './helpers/test-server.js';

describe('user sign-in, server-to-user and watchlists', () => {
  let server: RunningServer;
  const clients: Pusher[] = [];
  const raws: RawClient[] = [];

  async function start(apps?: AppConfigInput[]) {
    server = await startTestServer(apps);
  }
  /** A pusher-js client signed in as `user` (resolves on pusher:signin_success). */
  async function signedIn(user: TestUser): Promise<Pusher> {
    const client = await connectPusher(server, { user });
    clients.push(client);
    const done = within(
      new Promise<void>((resolve) => {
        client.connection.bind('message', (message: { event: string }) => {
          if (message.event === 'pusher:signin_success') resolve();
        });
      }),
      'pusher:signin_success',
    );
    client.signin();
    await done;
    return client;
  }
  afterEach(() => closeAll(server, { clients, raws }));

  it('signs in with pusher-js and delivers #server-to-user events to every socket of that user only', async () => {
    await start();
    const tab1 = await signedIn({ id: 7 });
    const tab2 = await signedIn({ id: 7 });
    const someoneElse = await signedIn({ id: 8 });
    const strangers: unknown[] = [];
    someoneElse.user.bind('notice', (data: unknown) => strangers.push(data));
    const received = [tab1, tab2].map((client) =>
      within(new Promise((resolve) => client.user.bind('notice', resolve)), 'the server-to-user event'),
    );
    // pusher-js subscribes to its own #server-to-user channel after sign-in; wait until both tabs did.
    await roundTrip(tab1);
    await roundTrip(tab2);
    await server.adapter.publish({
      appId: TEST_APP.id,
      channels: ['#server-to-user-7'],
      event: 'notice',
      data: '{"hi":7}',
    });
    expect(await Promise.all(received)).toEqual([{ hi: 7 }, { hi: 7 }]);
    await roundTrip(someoneElse);
    expect(strangers).toEqual([]);
  });

  it('reaches a signed-in user through the official SDK sendToUser', async () => {
    await start();
    const client = await signedIn({ id: 'ada' });
    const received = within(new Promise((resolve) => client.user.bind('ping', resolve)), 'sendToUser');
    await roundTrip(client);
    await officialSdk(TEST_APP, server.port).sendToUser('ada', 'ping', { n: 1 });
    expect(await received).toEqual({ n: 1 });
  });

  it('tells watchers when a watched user comes online and goes offline (last socket)', async () => {
    await start();
    const watcher = await connectPusher(server, { user: { id: 'w', watchlist: ['a', 'b'] } });
    clients.push(watcher);
    const events: Array<{ name: string; user_ids: string[] }> = [];
    watcher.user.watchlist.bind('online', (event: { name: string; user_ids: string[] }) =>
      events.push(event),
    );
    watcher.user.watchlist.bind('offline', (event: { name: string; user_ids: string[] }) =>
      events.push(event),
    );
    await signedIn({ id: 'a' });
    watcher.signin();
    await eventually(() => events.length >= 2, 'the initial watchlist state');
    expect(events).toEqual([
      { name: 'online', user_ids: ['a'] },
      { name: 'offline', user_ids: ['b'] },
    ]);

    const b1 = await signedIn({ id: 'b' });
    await eventually(() => events.length >= 3, 'b online');
    expect(events[2]).toEqual({ name: 'online', user_ids: ['b'] });
    const b2 = await signedIn({ id: 'b' });
    b1.disconnect();
    await roundTrip(b2);
    await roundTrip(watcher);
    expect(events).toHaveLength(3);
    b2.disconnect();
    await eventually(() => events.length >= 4, 'b offline');
    expect(events[3]).toEqual({ name: 'offline', user_ids: ['b'] });
  });

  it('closes with 4009 on a bad sign-in signature', async () => {
    await start();
    const raw = await RawClient.connect(socketUrl(server));
    raws.push(raw);
    raw.send({ event: 'pusher:signin', data: { auth: `${TEST_APP.key}:bad`, user_data: '{"id":"1"}' } });
    // sent before the close arrives: must not join anything on a connection that is going away
    raw.send({ event: 'pusher:subscribe', data: { channel: 'late' } });
    expect((await raw.next('pusher:error')).data).toEqual({
      code: 4009,
      message: 'Invalid signature for pusher:signin',
    });
    expect((await raw.waitClosed()).code).toBe(4009);
    expect(await server.adapter.channel(TEST_APP.id, 'late')).toMatchObject({ occupied: false });
  });

  it('reports a watchlist over 100 ids with 4302 and keeps the connection', async () => {
    await start();
    const raw = await RawClient.connect(socketUrl(server));
    raws.push(raw);
    const watchlist = Array.from({ length: 101 }, (_, i) => `u${i}`);
    raw.send({
      event: 'pusher:signin',
      data: officialSdk(TEST_APP).authenticateUser(raw.socketId, { id: '1', watchlist }),
    });
    expect((await raw.next('pusher:error')).data).toMatchObject({ code: 4302 });
    const success = await raw.next('pusher:signin_success');
    expect(JSON.parse(JSON.parse(success.data as string).user_data)).toMatchObject({ id: '1' });
    await raw.roundTrip();
  });

  it('with requireSignin, closes a connection that has not signed in within signinTimeout with 4009', async () => {
    await start([{ ...TEST_APP, requireSignin: true, signinTimeout: 2 }]);
    const lazy = await RawClient.connect(socketUrl(server));
    const prompt = await RawClient.connect(socketUrl(server));
    raws.push(lazy, prompt);
    prompt.send({
      event: 'pusher:signin',
      data: officialSdk(TEST_APP).authenticateUser(prompt.socketId, { id: '1' }),
    });
    await prompt.next('pusher:signin_success');
    expect((await lazy.next('pusher:error')).data).toMatchObject({ code: 4009 });
    expect((await lazy.waitClosed()).code).toBe(4009);
    await prompt.roundTrip();
    expect(prompt.socket.readyState).toBe(prompt.socket.OPEN);
  }, 15_000);

  it('terminateUserConnections closes every socket of that user with 4009', async () => {
    await start();
    const sdk = officialSdk(TEST_APP);
    const mine = [await RawClient.connect(socketUrl(server)), await RawClient.connect(socketUrl(server))];
    const other = await RawClient.connect(socketUrl(server));
    raws.push(...mine, other);
    for (const [raw, id] of [...mine.map((r) => [r, '9'] as const), [other, '10'] as const]) {
      raw.send({ event: 'pusher:signin', data: sdk.authenticateUser(raw.socketId, { id }) });
      await raw.next('pusher:signin_success');
    }
    await server.adapter.terminateUserConnections(TEST_APP.id, '9');
    for (const raw of mine) expect((await raw.waitClosed()).code).toBe(4009);
    await other.roundTrip();
  });
});
