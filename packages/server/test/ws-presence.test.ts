import { eventually, within } from '@echokit/test-kit';
import Echo from 'laravel-echo';
import type Pusher from 'pusher-js';
import type { Members, PresenceChannel } from 'pusher-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppConfigInput, RunningServer } from '../src/index.js';
import { officialSdk } from './helpers/laravel-auth.js';
import { connectPusher, nextEvent, roundTrip, subscribeTo } from './helpers/pusher-client.js';
import { RawClient } from './helpers/raw-client.js';
import { closeAll, socketUrl, startTestServer, TEST_APP } from './helpers/test-server.js';

const ROOM = 'presence-room.1';
const ada = { id: 1, info: { name: 'Ada' } };
const bob = { id: 2, info: { name: 'Bob' } };

describe('presence channels', () => {
  let server: RunningServer;
  const clients: Pusher[] = [];
  const raws: RawClient[] = [];

  async function start(apps?: AppConfigInput[]) {
    server = await startTestServer(apps);
  }
  async function join(user: typeof ada): Promise<{ client: Pusher; channel: PresenceChannel }> {
    const client = await connectPusher(server, { user });
    clients.push(client);
    const channel = (await subscribeTo(client, ROOM)) as PresenceChannel;
    return { client, channel };
  }

  afterEach(() => closeAll(server, { clients, raws }));

  it('sends the member list as a JSON string and announces new members to the others', async () => {
    await start();
    const raw = await RawClient.connect(socketUrl(server));
    raws.push(raw);
    const auth = officialSdk(TEST_APP).authorizeChannel(raw.socketId, ROOM, {
      user_id: '1',
      user_info: ada.info,
    });
    const succeeded = await raw.subscribe(ROOM, auth);
    expect(typeof succeeded.data).toBe('string');
    expect(JSON.parse(succeeded.data as string)).toEqual({
      presence: { ids: ['1'], hash: { '1': { name: 'Ada' } }, count: 1 },
    });

    const { channel } = await join(bob);
    expect(channel.members.count).toBe(2);
    // pusher-js takes `me` from its own channel_data, where Laravel's user_id is a number
    expect(channel.members.me).toEqual({ id: 2, info: { name: 'Bob' } });
    const added = await raw.next('pusher_internal:member_added', ROOM);
    expect(JSON.parse(added.data as string)).toEqual({ user_id: '2', user_info: { name: 'Bob' } });
    expect(await server.adapter.presenceUsers(TEST_APP.id, ROOM)).toEqual([{ id: '1' }, { id: '2' }]);
    expect(await server.adapter.channel(TEST_APP.id, ROOM)).toEqual({
      occupied: true,
      subscriptionCount: 2,
      userCount: 2,
    });
  });

  it('counts a user with two sockets once: one member_added, member_removed only after both leave', async () => {
    await start();
    const watcher = await join(ada);
    const added: unknown[] = [];
    const removed: unknown[] = [];
    watcher.channel.bind('pusher:member_added', (member: unknown) => added.push(member));
    watcher.channel.bind('pusher:member_removed', (member: unknown) => removed.push(member));

    const tab1 = await join(bob);
    const tab2 = await join(bob);
    expect(tab2.channel.members.count).toBe(2);
    await roundTrip(watcher.client);
    expect(added).toEqual([{ id: '2', info: { name: 'Bob' } }]);
    expect(await server.adapter.channel(TEST_APP.id, ROOM)).toMatchObject({
      subscriptionCount: 3,
      userCount: 2,
    });

    tab1.client.disconnect();
    await eventually(
      async () => (await server.adapter.channel(TEST_APP.id, ROOM)).subscriptionCount === 2,
      'the first tab to leave',
    );
    await roundTrip(watcher.client);
    expect(removed).toEqual([]);

    const gone = nextEvent(watcher.channel, 'pusher:member_removed');
    tab2.client.unsubscribe(ROOM);
    expect(await gone).toEqual({ id: '2', info: { name: 'Bob' } });
    expect(watcher.channel.members.count).toBe(1);
  });

  it("drives laravel-echo's here/joining/leaving", async () => {
    await start();
    const client = await connectPusher(server, { user: ada });
    clients.push(client);
    const echo = new Echo({ broadcaster: 'reverb', key: TEST_APP.key, client });
    const joining: unknown[] = [];
    const here = within(
      new Promise<unknown[]>((resolve) => {
        echo
          .join('room.1')
          .here(resolve)
          .joining((user: unknown) => joining.push(user));
      }),
      'Echo here()',
    );
    expect(await here).toEqual([{ name: 'Ada' }]);
    const leaving = within(new Promise((resolve) => echo.join('room.1').leaving(resolve)), 'Echo leaving()');
    const other = await join(bob);
    await eventually(() => joining.length === 1, 'Echo joining()');
    expect(joining).toEqual([{ name: 'Bob' }]);
    other.client.disconnect();
    expect(await leaving).toEqual({ name: 'Bob' });
    echo.disconnect();
  });

  it('refuses presence without channel_data, over the member limit, and with oversized user data', async () => {
    await start([{ ...TEST_APP, maxPresenceMembers: 2, maxPresenceUserInfoBytes: 64, maxUserIdLength: 8 }]);
    const sdk = officialSdk(TEST_APP);
    const raw = await RawClient.connect(socketUrl(server));
    raws.push(raw);

    const noData = await raw.subscribe(ROOM, sdk.authorizeChannel(raw.socketId, ROOM));
    expect(noData.event).toBe('pusher:subscription_error');
    expect((noData.data as { error: string }).error).toContain('user_id');

    const longId = await raw.subscribe(
      ROOM,
      sdk.authorizeChannel(raw.socketId, ROOM, { user_id: '123456789' }),
    );
    expect(longId.data).toMatchObject({ type: 'LimitReached', status: 400 });
    expect((longId.data as { error: string }).error).toContain('limit is 8');

    const bigInfo = { user_id: '1', user_info: { bio: 'x'.repeat(100) } };
    const tooBig = await raw.subscribe(ROOM, sdk.authorizeChannel(raw.socketId, ROOM, bigInfo));
    expect(tooBig.data).toMatchObject({ type: 'LimitReached', status: 413 });

    await join(ada);
    await join(bob);
    const third = await raw.subscribe(ROOM, sdk.authorizeChannel(raw.socketId, ROOM, { user_id: '3' }));
    expect(third.data).toMatchObject({ type: 'LimitReached', status: 403 });
    expect((third.data as { error: string }).error).toContain('full (2 members)');
    // an existing member's second tab still fits
    expect(
      (await raw.subscribe(ROOM, sdk.authorizeChannel(raw.socketId, ROOM, { user_id: '1' }))).event,
    ).toBe('pusher_internal:subscription_succeeded');
    await raw.roundTrip();
  });

  it('reports members to pusher-js as Members', async () => {
    await start();
    await join(ada);
    const { channel } = await join(bob);
    const ids: string[] = [];
    (channel.members as Members).each((member: { id: string }) => ids.push(member.id));
    expect(ids.sort()).toEqual(['1', '2']);
  });
});

describe('presence on shutdown', () => {
  it('closes members with 4200 without announcing them as leaving to each other', async () => {
    const server = await startTestServer();
    const sdk = officialSdk(TEST_APP);
    const members = await Promise.all([
      RawClient.connect(socketUrl(server)),
      RawClient.connect(socketUrl(server)),
    ]);
    for (const [index, member] of members.entries()) {
      await member.subscribe(
        ROOM,
        sdk.authorizeChannel(member.socketId, ROOM, { user_id: String(index + 1) }),
      );
    }
    await members[0]?.next('pusher_internal:member_added', ROOM);

    await server.close();
    for (const member of members) expect((await member.waitClosed()).code).toBe(4200);
    for (const member of members) expect(member.seen('pusher_internal:member_removed')).toEqual([]);
  });
});
