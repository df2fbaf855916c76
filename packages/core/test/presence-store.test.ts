import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PresenceSnapshot } from '../src/index.js';
import { createFakeEchokit, type FakeEchokit } from '../src/testing/index.js';

type Info = { name: string };

/** Subscribes to `presence-chat`, recording joins and leaves as `join Name` / `leave Name`. */
async function joinChat(client: FakeEchokit) {
  const room = client.presence<Info>('chat');
  const events: string[] = [];
  room.acquire({
    onJoin: (m) => events.push(`join ${m.info.name}`),
    onLeave: (m) => events.push(`leave ${m.info.name}`),
  });
  await client.fake.flush();
  return { room, events };
}

describe('presence store', () => {
  it('holds members in id order, me and count, with join and leave callbacks', async () => {
    const client = createFakeEchokit({ user: { id: 10, info: { name: 'Ada' } } });
    client.fake.join('presence-chat', { id: 2, info: { name: 'Grace' } }); // already there
    const { room, events } = await joinChat(client);
    expect(room.getSnapshot()).toMatchObject({
      status: 'subscribed',
      count: 2,
      me: { id: '10', info: { name: 'Ada' } },
      members: [
        { id: '2', info: { name: 'Grace' } },
        { id: '10', info: { name: 'Ada' } },
      ],
    });
    expect(events).toEqual([]); // the first list is not a series of joins
    client.fake.join('presence-chat', { id: 3, info: { name: 'Linus' } });
    client.fake.leave('presence-chat', 2);
    expect(room.getSnapshot().members.map((m) => m.id)).toEqual(['3', '10']);
    expect(room.getSnapshot().count).toBe(2);
    expect(events).toEqual(['join Linus', 'leave Grace']);
  });

  it('keeps members through a reconnect and reports only the real changes', async () => {
    const client = createFakeEchokit({ user: { id: 1, info: { name: 'Ada' } } });
    client.fake.join('presence-chat', { id: 2, info: { name: 'Grace' } });
    client.fake.join('presence-chat', { id: 3, info: { name: 'Linus' } });
    const { room, events } = await joinChat(client);
    const before = room.getSnapshot();
    const seen: PresenceSnapshot<Info>[] = [];
    room.subscribe(() => seen.push(room.getSnapshot()));

    client.fake.drop();
    // While offline, Linus leaves and Barbara joins; nobody tells us.
    client.fake.leave('presence-chat', 3);
    client.fake.join('presence-chat', { id: 4, info: { name: 'Barbara' } });
    client.fake.reconnect();
    await client.fake.flush();

    expect(seen.map((s) => s.status)).toEqual(['pending', 'subscribed']);
    expect(seen.every((s) => s.count > 0)).toBe(true); // never a flash of empty
    expect(room.getSnapshot().members.map((m) => m.info.name)).toEqual(['Ada', 'Grace', 'Barbara']);
    expect(events).toEqual(['leave Linus', 'join Barbara']);
    // Unchanged members keep their identity.
    expect(room.getSnapshot().members[1]).toBe(before.members[1]);
    expect(room.getSnapshot().me).toBe(room.getSnapshot().members[0]);
  });

  it('re-renders once per join and not for events', async () => {
    const client = createFakeEchokit();
    const room = client.presence<Info>('chat');
    room.acquire({ listen: { MessagePosted: () => {} } });
    await client.fake.flush();
    let changes = 0;
    room.subscribe(() => changes++);
    client.fake.emit('presence-chat', 'MessagePosted', { text: 'hi' });
    client.fake.whisper('presence-chat', 'typing', {}, 2);
    expect(changes).toBe(0);
    client.fake.join('presence-chat', { id: 2, info: { name: 'Grace' } });
    expect(changes).toBe(1);
  });

  it('empties the members when the channel is left', async () => {
    const client = createFakeEchokit();
    const room = client.presence('chat');
    room.acquire();
    await client.fake.flush();
    expect(room.getSnapshot().count).toBe(1);
    room.leave();
    expect(room.getSnapshot()).toMatchObject({ status: 'idle', members: [], me: null, count: 0 });
  });
});

describe('presence settle window after a reconnect', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps members missing from the fresh list until they come back or the window ends', async () => {
    const client = createFakeEchokit({
      user: { id: 1, info: { name: 'Ada' } },
      settings: { presenceSettleMs: 3000 },
    });
    client.fake.join('presence-chat', { id: 2, info: { name: 'Grace' } });
    client.fake.join('presence-chat', { id: 3, info: { name: 'Linus' } });
    const { room, events } = await joinChat(client);
    const names = () => room.getSnapshot().members.map((m) => m.info.name);

    client.fake.drop();
    // A server restart: when we resubscribe, Grace has not resubscribed yet and Linus is gone for good.
    client.fake.leave('presence-chat', 2);
    client.fake.leave('presence-chat', 3);
    client.fake.reconnect();
    await client.fake.flush();
    expect(names()).toEqual(['Ada', 'Grace', 'Linus']);
    expect(events).toEqual([]);

    client.fake.join('presence-chat', { id: 2, info: { name: 'Grace' } }); // Grace is back within the window
    vi.advanceTimersByTime(2999);
    expect(names()).toEqual(['Ada', 'Grace', 'Linus']);
    vi.advanceTimersByTime(1);
    expect(names()).toEqual(['Ada', 'Grace']);
    expect(events).toEqual(['leave Linus']);
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['leave Linus']);
  });

  it('drops pending members when the channel is left', async () => {
    const client = createFakeEchokit({ settings: { presenceSettleMs: 3000 } });
    client.fake.join('presence-chat', { id: 2, info: {} });
    const room = client.presence('chat');
    const left: string[] = [];
    room.acquire({ onLeave: (m) => left.push(m.id) });
    await client.fake.flush();
    client.fake.drop();
    client.fake.leave('presence-chat', 2);
    client.fake.reconnect();
    await client.fake.flush();
    room.leave();
    vi.advanceTimersByTime(5000);
    expect(left).toEqual([]);
    expect(room.getSnapshot().members).toEqual([]);
  });
});
