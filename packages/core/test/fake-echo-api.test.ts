import { describe, expect, it } from 'vitest';
import { createFakeEchokit } from '../src/testing/index.js';

// Code that uses laravel-echo directly (no Echokit handles) is testable with the fake too.
describe('the fake behind laravel-echo’s own API', () => {
  it('drives echo.private().listen(), join().here()/joining() and whisper() with no network', async () => {
    const client = createFakeEchokit({ user: { id: 1, info: { name: 'Ada' } } });
    const events: unknown[] = [];
    client.echo.private('orders.1').listen('OrderShipped', (e: unknown) => events.push(e));
    const here: unknown[] = [];
    const joining: unknown[] = [];
    const room = client.echo
      .join('chat')
      .here((members: unknown[]) => here.push(members))
      .joining((member: unknown) => joining.push(member));
    await client.fake.flush();
    client.fake.emit('private-orders.1', 'OrderShipped', { id: 7 });
    client.fake.join('presence-chat', { id: 2, info: { name: 'Grace' } });
    room.whisper('typing', { name: 'Ada' });
    expect(events).toEqual([{ id: 7 }]);
    expect(here).toEqual([[{ name: 'Ada' }]]);
    expect(joining).toEqual([{ name: 'Grace' }]);
    expect(client.fake.whispers).toEqual([
      { channel: 'presence-chat', event: 'typing', payload: { name: 'Ada' } },
    ]);
    expect(client.echo.socketId()).toBe(client.socketId());
  });
});
