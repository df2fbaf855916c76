import { beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../src/models/message.js';
import { useApi } from './support/api-fixture.js';
import type { HttpClient } from './support/http-client.js';
import type { RecordingBroadcaster } from './support/recording-broadcaster.js';

const fixture = useApi();
let broadcaster: RecordingBroadcaster;
let ada: HttpClient;
beforeEach(async () => {
  broadcaster = fixture.broadcaster;
  ada = await fixture.client(1);
});

async function messages(client: HttpClient, path: string): Promise<Message[]> {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Message[] }).data;
}

async function send(
  client: HttpClient,
  body: string,
  headers: Record<string, string> = {},
): Promise<Message> {
  const response = await client.post('/api/rooms/1/messages', { body }, headers);
  expect(response.status).toBe(201);
  return ((await response.json()) as { data: Message }).data;
}

describe('rooms', () => {
  it("lists rooms with the user's membership", async () => {
    const margaret = await fixture.client(4);
    const { data } = (await (await margaret.get('/api/rooms')).json()) as {
      data: Array<{ slug: string; is_member: boolean; member_count: number }>;
    };
    expect(data).toMatchObject([
      { slug: 'general', is_member: true, member_count: 4 },
      { slug: 'random', is_member: false, member_count: 3 },
    ]);
  });
});

describe('messages', () => {
  it('lists the seeded messages in ascending order with their authors', async () => {
    const list = await messages(ada, '/api/rooms/1/messages');
    expect(list.length).toBe(3);
    expect(list.map((message) => message.id)).toEqual(
      [...list.map((message) => message.id)].sort((a, b) => a - b),
    );
    expect(list[0]).toMatchObject({ room_id: 1, user: { id: 1, name: 'Ada Lovelace', initials: 'AL' } });
  });

  it('returns only newer messages after after_id, ascending (resync)', async () => {
    const before = await messages(ada, '/api/rooms/1/messages');
    const lastSeen = before.at(-1)?.id as number;
    const sent = [];
    for (const body of ['one', 'two', 'three']) sent.push(await send(ada, body));
    const missed = await messages(ada, `/api/rooms/1/messages?after_id=${lastSeen}`);
    expect(missed.map((message) => message.body)).toEqual(['one', 'two', 'three']);
    expect(missed.map((message) => message.id)).toEqual(sent.map((message) => message.id));
    expect(await messages(ada, `/api/rooms/1/messages?after_id=${sent[1]?.id}&limit=10`)).toHaveLength(1);
    expect(await messages(ada, `/api/rooms/1/messages?after_id=${sent[2]?.id}`)).toEqual([]);
    const latestTwo = await messages(ada, '/api/rooms/1/messages?limit=2');
    expect(latestTwo.map((message) => message.body)).toEqual(['two', 'three']);
  });

  it('keeps rooms apart', async () => {
    await send(ada, 'only in general');
    const random = await messages(ada, '/api/rooms/2/messages');
    expect(random.map((message) => message.body)).not.toContain('only in general');
  });

  it('stores, then broadcasts MessageSent on the presence channel excluding X-Socket-ID', async () => {
    const message = await send(ada, '  hello there  ', { 'X-Socket-ID': '123.456' });
    expect(message).toMatchObject({ room_id: 1, body: 'hello there', user: { id: 1 } });
    expect(broadcaster.published).toEqual([
      {
        channels: ['presence-chat.1'],
        event: 'App\\Events\\MessageSent',
        data: { message, socket: '123.456' },
        socketId: '123.456',
      },
    ]);
    const list = await messages(ada, '/api/rooms/1/messages');
    expect(list.at(-1)).toEqual(message);
  });

  it("keeps the sender's client_id on the message, in the answer, the broadcast and the list", async () => {
    const response = await ada.post('/api/rooms/1/messages', { body: 'optimistic', client_id: 'tmp-7f3a' });
    const { data: message } = (await response.json()) as { data: Message };
    expect(message.client_id).toBe('tmp-7f3a');
    expect(broadcaster.published[0]?.data).toMatchObject({ message: { client_id: 'tmp-7f3a' } });
    expect((await messages(ada, '/api/rooms/1/messages')).at(-1)?.client_id).toBe('tmp-7f3a');
    expect((await messages(ada, '/api/rooms/1/messages'))[0]?.client_id).toBeNull();
  });

  it('broadcasts to everyone when there is no X-Socket-ID', async () => {
    await send(ada, 'to all');
    expect(broadcaster.published[0]?.socketId).toBeUndefined();
  });

  it('keeps the message when the broadcast fails (clients resync with after_id)', async () => {
    broadcaster.failWith = new Error('socket server down');
    const message = await send(ada, 'still stored');
    expect((await messages(ada, '/api/rooms/1/messages')).at(-1)).toEqual(message);
  });

  it('refuses bad input with 422 and stores nothing', async () => {
    const before = await messages(ada, '/api/rooms/1/messages');
    const empty = await ada.post('/api/rooms/1/messages', { body: '   ' });
    expect(empty.status).toBe(422);
    expect(await empty.json()).toEqual({ error: 'body: must not be empty' });
    const badSocket = await ada.post('/api/rooms/1/messages', { body: 'x' }, { 'X-Socket-ID': 'nope' });
    expect(badSocket.status).toBe(422);
    expect(((await badSocket.json()) as { error: string }).error).toMatch(/^X-Socket-ID: /);
    const long = await ada.post('/api/rooms/1/messages', { body: 'x'.repeat(2001) });
    expect(long.status).toBe(422);
    expect(await messages(ada, '/api/rooms/1/messages')).toEqual(before);
    expect(broadcaster.published).toEqual([]);
  });

  it('refuses non-members with 403 and unknown rooms with 404', async () => {
    const margaret = await fixture.client(4);
    const read = await margaret.get('/api/rooms/2/messages');
    expect(read.status).toBe(403);
    expect(await read.json()).toEqual({ error: 'You are not a member of room 2.' });
    expect((await margaret.post('/api/rooms/2/messages', { body: 'let me in' })).status).toBe(403);
    expect((await margaret.get('/api/rooms/99/messages')).status).toBe(404);
    expect((await margaret.get('/api/rooms/abc/messages')).status).toBe(422);
    expect(broadcaster.published).toEqual([]);
  });
});
