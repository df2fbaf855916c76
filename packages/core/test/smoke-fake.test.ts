import { describe, expect, it } from 'vitest';
import { createFakeEchokit } from '../src/testing/index.js';

describe('fake smoke', () => {
  it('subscribes, receives, presence', () => {
    const client = createFakeEchokit({ user: { id: 1, info: { name: 'Ada' } } });
    const got: unknown[] = [];
    const orders = client.channel('orders', 'private');
    const release = orders.listen('OrderShipped', (e, meta) => got.push([e, meta.event]));
    expect(orders.getSnapshot().status).toBe('subscribed');
    client.fake.emit('private-orders', 'OrderShipped', { id: 1 });
    expect(got).toEqual([[{ id: 1 }, 'OrderShipped']]);
    release();
    const room = client.presence<{ name: string }>('chat');
    room.acquire();
    client.fake.join('presence-chat', { id: 2, info: { name: 'Grace' } });
    expect(room.getSnapshot().members.map((m) => m.info.name)).toEqual(['Ada', 'Grace']);
    expect(client.connection.getSnapshot().status).toBe('connected');
  });
});
