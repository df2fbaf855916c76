import { beforeEach, describe, expect, it } from 'vitest';
import type { StoredNotification } from '../src/models/notification.js';
import { useApi } from './support/api-fixture.js';
import type { HttpClient } from './support/http-client.js';
import type { RecordingBroadcaster } from './support/recording-broadcaster.js';

const fixture = useApi();
let broadcaster: RecordingBroadcaster;
let ada: HttpClient;
let grace: HttpClient;
beforeEach(async () => {
  broadcaster = fixture.broadcaster;
  ada = await fixture.client(1);
  grace = await fixture.client(2);
});

interface List {
  data: StoredNotification[];
  meta: { unread_count: number };
}

const list = async (client: HttpClient, query = ''): Promise<List> =>
  (await (await client.get(`/api/notifications${query}`)).json()) as List;

const unreadCount = async (client: HttpClient): Promise<number> =>
  ((await (await client.get('/api/notifications/unread-count')).json()) as { data: { count: number } }).data
    .count;

async function sendTest(client: HttpClient): Promise<StoredNotification> {
  const response = await client.post('/api/notifications/test');
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: StoredNotification }).data;
}

describe('notifications', () => {
  it("stores a test notification and broadcasts it the way Laravel does on the user's channel", async () => {
    const notification = await sendTest(ada);
    expect(notification).toMatchObject({
      type: 'App\\Notifications\\TestNotification',
      read_at: null,
      data: { title: 'Test notification' },
    });
    expect(notification.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(broadcaster.published).toEqual([
      {
        channels: ['private-App.Models.User.1'],
        event: 'Illuminate\\Notifications\\Events\\BroadcastNotificationCreated',
        data: { ...notification.data, id: notification.id, type: 'App\\Notifications\\TestNotification' },
        socketId: undefined,
      },
    ]);
    const { data, meta } = await list(ada);
    expect(data).toEqual([notification]);
    expect(meta.unread_count).toBe(1);
  });

  it('nudges another user: only the recipient gets it, with who sent it', async () => {
    const response = await ada.post('/api/notifications/nudge', { userId: 2, message: 'Lunch?' });
    expect(response.status).toBe(201);
    const { data: notification } = (await response.json()) as { data: StoredNotification };
    expect(notification).toMatchObject({
      type: 'App\\Notifications\\UserNudged',
      data: { title: 'Ada Lovelace nudged you', body: 'Lunch?', from: { id: 1, name: 'Ada Lovelace' } },
    });
    expect(broadcaster.published[0]?.channels).toEqual(['private-App.Models.User.2']);
    expect((await list(grace)).data).toEqual([notification]);
    expect((await list(ada)).data).toEqual([]);
  });

  it('refuses a nudge to nobody with 422', async () => {
    const response = await ada.post('/api/notifications/nudge', { userId: 42 });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'userId: no user with id 42' });
    expect(broadcaster.published).toEqual([]);
  });

  it('lists newest first, counts unread, marks one read, filters unread', async () => {
    const first = await sendTest(ada);
    const second = await sendTest(ada);
    expect((await list(ada)).data.map((n) => n.id)).toEqual([second.id, first.id]);
    expect(await unreadCount(ada)).toBe(2);

    const marked = await ada.post(`/api/notifications/${first.id}/read`);
    expect(marked.status).toBe(200);
    const { data: read } = (await marked.json()) as { data: StoredNotification };
    expect(read.read_at).not.toBeNull();
    expect(await unreadCount(ada)).toBe(1);
    expect((await list(ada, '?unread=1')).data.map((n) => n.id)).toEqual([second.id]);

    // Marking again keeps the first read time.
    const again = (await (await ada.post(`/api/notifications/${first.id}/read`)).json()) as {
      data: StoredNotification;
    };
    expect(again.data.read_at).toBe(read.read_at);
  });

  it('marks all read', async () => {
    await sendTest(ada);
    await sendTest(ada);
    const response = await ada.post('/api/notifications/read-all');
    expect(await response.json()).toEqual({ data: { updated: 2 } });
    expect(await unreadCount(ada)).toBe(0);
    expect((await list(ada)).data.every((n) => n.read_at !== null)).toBe(true);
  });

  it("cannot mark someone else's notification read (404)", async () => {
    const notification = await sendTest(ada);
    const response = await grace.post(`/api/notifications/${notification.id}/read`);
    expect(response.status).toBe(404);
    expect(await unreadCount(ada)).toBe(1);
  });

  it('keeps the notification when the broadcast fails', async () => {
    broadcaster.failWith = new Error('socket server down');
    const notification = await sendTest(ada);
    expect((await list(ada)).data).toEqual([notification]);
  });
});
