import { describe, expect, it, vi } from 'vitest';
import type { RecoveryContext, ResyncEvent } from '../src/index.js';
import { createFakeEchokit } from '../src/testing/index.js';

describe('resync after a reconnect', () => {
  it('emits once per channel after a reconnect, not after the first connect', async () => {
    const client = createFakeEchokit();
    const all: ResyncEvent[] = [];
    client.onResync((e) => all.push(e));
    const perChannel: string[] = [];
    client.channel('orders', 'private').onResync((e) => perChannel.push(e.channel));
    client.presence('chat').onResync((e) => perChannel.push(e.channel));
    let reconnects = 0;
    client.connection.onReconnect(() => reconnects++);
    await client.fake.flush();
    expect(all).toEqual([]);
    expect(reconnects).toBe(0);

    client.fake.drop();
    expect(client.connection.getSnapshot().status).toBe('reconnecting');
    expect(client.channel('orders', 'private').getSnapshot().status).toBe('pending');
    client.fake.reconnect();
    expect(reconnects).toBe(1);
    await client.fake.flush();
    expect(all).toEqual([
      { channel: 'private-orders', recovered: false, replayed: 0 },
      { channel: 'presence-chat', recovered: false, replayed: 0 },
    ]);
    expect(perChannel).toEqual(['private-orders', 'presence-chat']);

    client.fake.drop();
    client.fake.reconnect();
    await client.fake.flush();
    expect(all).toHaveLength(4);
    expect(reconnects).toBe(2);
  });

  it('does not emit for a channel first subscribed after the reconnect', async () => {
    const client = createFakeEchokit();
    client.channel('warmup').acquire();
    await client.fake.flush();
    client.fake.drop();
    const fresh: ResyncEvent[] = [];
    client.channel('late').onResync((e) => fresh.push(e));
    client.fake.reconnect();
    await client.fake.flush();
    expect(fresh).toEqual([]);
  });

  it('lets a recovery extension report the outcome for the channels it handles', async () => {
    let context: RecoveryContext | undefined;
    const client = createFakeEchokit({
      settings: {
        recovery: {
          attach(ctx) {
            context = ctx;
            return () => {};
          },
          handles: (channel) => channel === 'history',
        },
      },
    });
    const all: ResyncEvent[] = [];
    client.onResync((e) => all.push(e));
    client.channel('history').acquire();
    client.channel('plain').acquire();
    await client.fake.flush();
    expect(context?.pusher).toBeDefined();
    client.fake.drop();
    client.fake.reconnect();
    await client.fake.flush();
    expect(all).toEqual([{ channel: 'plain', recovered: false, replayed: 0 }]);
    context?.report({ channel: 'history', recovered: true, replayed: 3 });
    expect(all[1]).toEqual({ channel: 'history', recovered: true, replayed: 3 });
  });
});

describe('resync listeners', () => {
  it('keep going when one throws, and the error still surfaces', async () => {
    const client = createFakeEchokit();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      client.onResync(() => {
        throw new Error('refetch bug');
      });
      const seen: string[] = [];
      client.onResync((e) => seen.push(e.channel));
      client.channel('orders').acquire();
      await client.fake.flush();
      client.fake.drop();
      client.fake.reconnect();
      await client.fake.flush();
      expect(seen).toEqual(['orders']);
      expect(client.channel('orders').getSnapshot().status).toBe('subscribed');
      await vi.waitFor(() => expect(errors).toHaveLength(1), { timeout: 2000 });
    } finally {
      process.off('uncaughtException', onError);
    }
  });
});

describe('recovery extension lifetime', () => {
  it('is attached when Echo is created, and detached on reconfigure and destroy', async () => {
    const events: string[] = [];
    const recovery = {
      attach: () => {
        events.push('attach');
        return () => events.push('detach');
      },
      handles: () => false,
    };
    const client = createFakeEchokit({ settings: { recovery } });
    expect(events).toEqual([]); // nothing created yet
    client.channel('orders').acquire();
    expect(events).toEqual(['attach']);
    client.reconfigure(createFakeEchokit().echo, { recovery });
    expect(events).toEqual(['attach', 'detach', 'attach']);
    client.destroy();
    expect(events).toEqual(['attach', 'detach', 'attach', 'detach']);
  });
});
