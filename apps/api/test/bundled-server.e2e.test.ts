import { type RunningServer, startServer } from '@echokit/server';
import Echo from 'laravel-echo';
import type Pusher from 'pusher-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsPoint } from '../src/dashboard/metrics-simulation.js';
import type { Message } from '../src/models/message.js';
import type { RunningApi } from '../src/start-api.js';
import { HttpClient } from './support/http-client.js';
import { collect, connectPusher, roundTrip, subscribe } from './support/pusher-js-client.js';
import { startTestApi, TEST_PUSHER } from './support/test-api.js';
import { eventually, within } from './support/wait.js';

// The api publishes with the official pusher SDK to the real bundled server; browsers are pusher-js
// clients authorised by the api's /broadcasting/auth.
let server: RunningServer;
let api: RunningApi;
const clients: Pusher[] = [];

beforeAll(async () => {
  server = await startServer({
    port: 0,
    apps: [{ id: TEST_PUSHER.appId, key: TEST_PUSHER.key, secret: TEST_PUSHER.secret }],
    logLevel: 'silent',
  });
  api = await startTestApi({ env: { PUSHER_HOST: '127.0.0.1', PUSHER_PORT: String(server.port) } });
});
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});
afterAll(async () => {
  await api?.close();
  await server?.close();
});

async function signedIn(userId: number): Promise<{ http: HttpClient; pusher: Pusher }> {
  const http = new HttpClient(api.url);
  await http.login(userId);
  const pusher = await connectPusher(server.port, http);
  clients.push(pusher);
  return { http, pusher };
}

describe('against the bundled server', () => {
  it('a posted message reaches the room over the presence channel, but not the sender (X-Socket-ID)', async () => {
    const ada = await signedIn(1);
    const grace = await signedIn(2);
    const adaRoom = await subscribe(ada.pusher, 'presence-chat.1');
    const graceRoom = await subscribe(grace.pusher, 'presence-chat.1');
    const toAda = collect<{ message: Message }>(adaRoom, 'App\\Events\\MessageSent');
    const toGrace = collect<{ message: Message; socket: string | null }>(
      graceRoom,
      'App\\Events\\MessageSent',
    );

    const socketId = ada.pusher.connection.socket_id;
    const response = await ada.http.post(
      '/api/rooms/1/messages',
      { body: 'Hello, Grace' },
      { 'X-Socket-ID': socketId },
    );
    expect(response.status).toBe(201);
    const { data: message } = (await response.json()) as { data: Message };

    await eventually(() => toGrace.length > 0, 'Grace to get the message');
    expect(toGrace).toEqual([{ message, socket: socketId }]);
    await roundTrip(ada.pusher);
    expect(toAda).toEqual([]);

    // Without the header the sender gets it too (no toOthers).
    await ada.http.post('/api/rooms/1/messages', { body: 'to everyone' });
    await eventually(() => toAda.length > 0, 'Ada to get her own message');
    expect(toAda[0]?.message.body).toBe('to everyone');
  });

  it("presence members carry the api's user_info, with Laravel's integer user id", async () => {
    const ada = await signedIn(1);
    const grace = await signedIn(2);
    await subscribe(ada.pusher, 'presence-chat.1');
    const room = (await subscribe(grace.pusher, 'presence-chat.1')) as ReturnType<Pusher['subscribe']> & {
      members: { count: number; get(id: string): { id: unknown; info: unknown } | null; me: { id: unknown } };
    };
    expect(room.members.count).toBe(2);
    expect(room.members.get('1')?.info).toEqual({
      id: 1,
      name: 'Ada Lovelace',
      initials: 'AL',
      color: '#7c3aed',
    });
    expect(room.members.me.id).toBe(2);
  });

  it('refuses with 403 a room the user is not in, and another user’s private channel', async () => {
    const margaret = await signedIn(4);
    await expect(subscribe(margaret.pusher, 'presence-chat.2')).rejects.toThrow(
      'auth answered 403: {"error":"Forbidden: Margaret Hamilton may not join presence-chat.2."}',
    );
    await expect(subscribe(margaret.pusher, 'private-App.Models.User.1')).rejects.toThrow(
      'auth answered 403',
    );
    await subscribe(margaret.pusher, 'private-App.Models.User.4');
  });

  it('signs a pusher-js user in through /broadcasting/user-auth', async () => {
    const linus = await signedIn(3);
    const success = within(
      new Promise<unknown>((resolve) =>
        linus.pusher.connection.bind('message', (message: { event: string; data: unknown }) => {
          if (message.event === 'pusher:signin_success') resolve(message.data);
        }),
      ),
      'pusher:signin_success',
    );
    linus.pusher.signin();
    const data = (await success) as { user_data: string };
    expect(JSON.parse(data.user_data)).toMatchObject({ id: '3', user_info: { name: 'Linus Torvalds' } });
  });

  it("delivers a nudge to laravel-echo's .notification() on the recipient's channel only", async () => {
    const ada = await signedIn(1);
    const grace = await signedIn(2);
    const echo = new Echo({ broadcaster: 'pusher', client: ada.pusher } as ConstructorParameters<
      typeof Echo
    >[0]);
    const received: Array<Record<string, unknown>> = [];
    const subscribed = new Promise<void>((resolve) => {
      echo
        .private('App.Models.User.1')
        .subscribed(() => resolve())
        .notification((n: Record<string, unknown>) => {
          received.push(n);
        });
    });
    await within(subscribed, 'Echo to subscribe to App.Models.User.1');
    const graceOwn = collect(
      await subscribe(grace.pusher, 'private-App.Models.User.2'),
      'Illuminate\\Notifications\\Events\\BroadcastNotificationCreated',
    );

    const response = await grace.http.post('/api/notifications/nudge', {
      userId: 1,
      message: 'Review my PR?',
    });
    const { data: stored } = (await response.json()) as { data: { id: string } };
    await eventually(() => received.length > 0, 'Ada to be notified');
    expect(received).toEqual([
      {
        title: 'Grace Hopper nudged you',
        body: 'Review my PR?',
        from: { id: 2, name: 'Grace Hopper', initials: 'GH', color: '#0891b2' },
        id: stored.id,
        type: 'App\\Notifications\\UserNudged',
      },
    ]);
    await roundTrip(grace.pusher);
    expect(graceOwn).toEqual([]);
  });

  it('publishes live metrics on the public dashboard channel, counting chat presence members', async () => {
    const dashboardApi = await startTestApi({
      env: { PUSHER_HOST: '127.0.0.1', PUSHER_PORT: String(server.port), DASHBOARD_UPDATES_PER_SECOND: '20' },
    });
    try {
      const viewer = await connectPusher(server.port, new HttpClient(dashboardApi.url));
      clients.push(viewer);
      const points = collect<MetricsPoint>(
        await subscribe(viewer, 'dashboard'),
        'App\\Events\\MetricsUpdated',
      );
      await eventually(() => points.length >= 3, 'three dashboard updates');
      const seqs = points.map((point) => point.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(points[0]).toMatchObject({
        orders_per_second: expect.any(Number),
        revenue_total: expect.any(Number),
      });

      const ada = await signedIn(1);
      const grace = await signedIn(2);
      // Three memberships (Ada in #general, Grace in both): a count earlier tests cannot have left behind.
      await subscribe(ada.pusher, 'presence-chat.1');
      await subscribe(grace.pusher, 'presence-chat.1');
      await subscribe(grace.pusher, 'presence-chat.2');
      await eventually(() => points.at(-1)?.active_users === 3, 'active users to reach 3');

      const snapshot = (await (await fetch(`${dashboardApi.url}/api/dashboard`)).json()) as {
        data: { points: MetricsPoint[]; updates_per_second: number };
      };
      expect(snapshot.data.updates_per_second).toBe(20);
      expect(snapshot.data.points.length).toBeGreaterThanOrEqual(points.length);
    } finally {
      await dashboardApi.close();
    }
  });
});
