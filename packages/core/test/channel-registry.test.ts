import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeEchokit, type FakeEchokit } from '../src/testing/index.js';

interface PusherSpyTarget {
  subscribe(name: string): unknown;
  unsubscribe(name: string): void;
}

function spyPusher(client: FakeEchokit) {
  const pusher = (client.echo.connector as unknown as { pusher: PusherSpyTarget }).pusher;
  return { subscribe: vi.spyOn(pusher, 'subscribe'), unsubscribe: vi.spyOn(pusher, 'unsubscribe') };
}

describe('channel registry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('returns one handle per channel and subscribes nothing until acquired', async () => {
    const client = createFakeEchokit();
    const a = client.channel('orders', 'private');
    expect(client.channel('orders', 'private')).toBe(a);
    expect(client.channel('orders')).not.toBe(a);
    expect(a.name).toBe('private-orders');
    expect(a.getSnapshot()).toEqual({ name: 'private-orders', type: 'private', status: 'idle', error: null });
    expect(client.hasEcho()).toBe(false);
  });

  it('survives a StrictMode-like acquire → release → acquire with one subscription', async () => {
    const client = createFakeEchokit({ settings: { graceMs: 1000 } });
    const spies = spyPusher(client);
    const orders = client.channel('orders', 'private');
    const first = orders.acquire();
    first.release();
    const second = orders.acquire();
    await client.fake.flush();
    vi.advanceTimersByTime(5000);
    expect(spies.subscribe).toHaveBeenCalledTimes(1);
    expect(spies.unsubscribe).not.toHaveBeenCalled();
    expect(orders.getSnapshot().status).toBe('subscribed');
    second.release();
    expect(orders.getSnapshot().status).toBe('subscribed'); // still within the grace period
    vi.advanceTimersByTime(999);
    expect(spies.unsubscribe).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(spies.unsubscribe).toHaveBeenCalledTimes(1);
    expect(orders.getSnapshot().status).toBe('idle');
    expect(client.fake.subscribedChannels()).toEqual([]);
  });

  it('counts per lease: a double release does not take another consumer’s hold', async () => {
    const client = createFakeEchokit();
    const orders = client.channel('orders', 'private');
    const a = orders.acquire();
    const b = orders.acquire();
    await client.fake.flush();
    a.release();
    a.release();
    expect(a.active).toBe(false);
    expect(orders.leaseCount()).toBe(1);
    vi.runAllTimers();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders']);
    b.release();
    vi.runAllTimers();
    expect(client.fake.subscribedChannels()).toEqual([]);
  });

  it('swaps callbacks without resubscribing and without losing events', async () => {
    const client = createFakeEchokit();
    const spies = spyPusher(client);
    const orders = client.channel('orders', 'private');
    const seen: string[] = [];
    const lease = orders.acquire({
      listen: { OrderShipped: (e: { id: number }) => seen.push(`old ${e.id}`) },
    });
    await client.fake.flush();
    client.fake.emit('private-orders', 'OrderShipped', { id: 1 });
    lease.update({ listen: { OrderShipped: (e: { id: number }) => seen.push(`new ${e.id}`) } });
    client.fake.emit('private-orders', 'OrderShipped', { id: 2 });
    expect(seen).toEqual(['old 1', 'new 2']);
    expect(spies.subscribe).toHaveBeenCalledTimes(1);
    expect(spies.unsubscribe).not.toHaveBeenCalled();
  });

  it('follows Echo’s namespace rules and passes the event name to multi-event callbacks', async () => {
    const client = createFakeEchokit();
    const seen: string[] = [];
    client.channel('shop').listen(['OrderShipped', '.stock.changed'], (_e, meta) => seen.push(meta.event));
    await client.fake.flush();
    client.fake.emit('shop', 'OrderShipped', {});
    client.fake.emit('shop', '.stock.changed', {});
    client.fake.emit('shop', '.OrderShipped', {}); // the raw name is not App\Events\OrderShipped
    expect(seen).toEqual(['OrderShipped', '.stock.changed']);
  });

  it('stops calling a released consumer at once, while others keep receiving', async () => {
    const client = createFakeEchokit();
    const orders = client.channel('orders');
    const seen: string[] = [];
    const releaseA = orders.listen('Shipped', () => seen.push('a'));
    orders.listen('Shipped', () => seen.push('b'));
    await client.fake.flush();
    releaseA();
    client.fake.emit('orders', 'Shipped', {});
    expect(seen).toEqual(['b']);
  });

  it('keeps one broken callback from stopping the others', async () => {
    vi.useRealTimers();
    const client = createFakeEchokit();
    const orders = client.channel('orders');
    const seen: string[] = [];
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      orders.listen('Shipped', () => {
        throw new Error('consumer bug');
      });
      orders.listen('Shipped', () => seen.push('b'));
      await client.fake.flush();
      client.fake.emit('orders', 'Shipped', {});
      expect(seen).toEqual(['b']);
      await vi.waitFor(() => expect(errors).toHaveLength(1), { timeout: 2000 });
    } finally {
      process.off('uncaughtException', onError);
    }
  });

  it('leave() leaves for everyone; later releases are harmless and a new acquire resubscribes', async () => {
    const client = createFakeEchokit();
    const spies = spyPusher(client);
    const orders = client.channel('orders', 'private');
    const a = orders.acquire();
    const b = orders.acquire();
    await client.fake.flush();
    orders.leave();
    expect(a.active).toBe(false);
    expect(orders.getSnapshot().status).toBe('idle');
    expect(spies.unsubscribe).toHaveBeenCalledTimes(1);
    a.release();
    b.release();
    vi.runAllTimers();
    expect(spies.unsubscribe).toHaveBeenCalledTimes(1);
    orders.acquire();
    expect(orders.getSnapshot().status).toBe('pending');
    await client.fake.flush();
    expect(orders.getSnapshot().status).toBe('subscribed');
    expect(spies.subscribe).toHaveBeenCalledTimes(2);
  });

  it('surfaces an auth error with its HTTP status and message', async () => {
    const client = createFakeEchokit();
    client.fake.rejectAuth('private-admin', { status: 403, message: 'Forbidden' });
    const errors: unknown[] = [];
    const admin = client.channel('admin', 'private');
    admin.acquire({ onError: (error) => errors.push(error) });
    expect(admin.getSnapshot().status).toBe('pending');
    await client.fake.flush();
    expect(admin.getSnapshot()).toMatchObject({
      status: 'error',
      error: { type: 'AuthError', status: 403, message: 'Forbidden' },
    });
    expect(errors).toHaveLength(1);
  });

  it('changes a handle snapshot only when its state changes, not on events', async () => {
    const client = createFakeEchokit();
    const orders = client.channel('orders');
    let notified = 0;
    orders.subscribe(() => notified++);
    orders.listen('Shipped', () => {});
    await client.fake.flush();
    const subscribed = orders.getSnapshot();
    client.fake.emit('orders', 'Shipped', {});
    orders.listen('Other', () => {});
    expect(orders.getSnapshot()).toBe(subscribed);
    expect(notified).toBe(2); // idle → pending → subscribed
  });

  it('reconfigure leaves everything on the old Echo and resubscribes channels in use on the new one', async () => {
    const client = createFakeEchokit();
    const oldPusher = spyPusher(client);
    const orders = client.channel('orders', 'private');
    const seen: number[] = [];
    const lease = orders.acquire({ listen: { Shipped: (e: { id: number }) => seen.push(e.id) } });
    const idle = client.channel('idle');
    idle.acquire().release(); // in its grace period
    await client.fake.flush();
    const oldEcho = client.echo;

    const next = createFakeEchokit();
    client.reconfigure(next.echo);
    await client.fake.flush();

    expect(client.echo).toBe(next.echo);
    expect(client.echo).not.toBe(oldEcho);
    expect(
      (oldEcho.connector as unknown as { pusher: { connection: { state: string } } }).pusher.connection.state,
    ).toBe('disconnected');
    expect(oldPusher.subscribe).toHaveBeenCalledTimes(2);
    expect(next.fake.subscribedChannels()).toEqual(['private-orders']);
    expect(idle.getSnapshot().status).toBe('idle');
    expect(orders.getSnapshot().status).toBe('subscribed');
    expect(client.connection.getSnapshot().status).toBe('connected');
    next.fake.emit('private-orders', 'Shipped', { id: 9 });
    expect(seen).toEqual([9]);
    lease.release();
    vi.runAllTimers();
    expect(next.fake.subscribedChannels()).toEqual([]);
  });

  it('whispers through the channel, throttled per event', async () => {
    const client = createFakeEchokit();
    const chat = client.channel('chat', 'private');
    expect(chat.whisper('typing', { on: true })).toBe(false); // not subscribed yet
    chat.acquire();
    await client.fake.flush();
    expect(chat.whisper('typing', { on: true })).toBe(true);
    chat.whisper('typing', { on: false });
    expect(client.fake.whispers).toEqual([
      { channel: 'private-chat', event: 'typing', payload: { on: true } },
    ]);
    vi.advanceTimersByTime(300);
    expect(client.fake.whispers.map((w) => w.payload)).toEqual([{ on: true }, { on: false }]);
    const publicRoom = client.channel('room');
    const secret = client.channel('secret', 'encrypted');
    publicRoom.acquire();
    secret.acquire();
    await client.fake.flush();
    expect(publicRoom.whisper('typing', {})).toBe(false);
    expect(secret.whisper('typing', {})).toBe(false);
  });

  it('receives whispers with the sender’s user id, and notifications', async () => {
    const client = createFakeEchokit();
    const chat = client.channel('App.Models.User.1', 'private');
    const seen: unknown[] = [];
    chat.acquire({
      whispers: { typing: (payload, meta) => seen.push([payload, meta.userId]) },
      notification: (n) => seen.push(n.type),
    });
    await client.fake.flush();
    client.fake.whisper('private-App.Models.User.1', 'typing', { on: true }, 7);
    client.fake.emit(
      'private-App.Models.User.1',
      '.Illuminate\\Notifications\\Events\\BroadcastNotificationCreated',
      {
        id: 'n1',
        type: 'App\\Notifications\\InvoicePaid',
      },
    );
    expect(seen).toEqual([[{ on: true }, '7'], 'App\\Notifications\\InvoicePaid']);
  });

  it('recovers when the app left the channel by hand with echo.leave(), without counting wrong', async () => {
    const client = createFakeEchokit();
    const orders = client.channel('orders', 'private');
    const seen: number[] = [];
    const mounted = orders.acquire({ listen: { Shipped: (e: { id: number }) => seen.push(e.id) } });
    await client.fake.flush();
    client.echo.leave('orders'); // Laravel's own API, behind the registry's back
    expect(client.fake.subscribedChannels()).toEqual([]);
    const other = orders.acquire(); // a new consumer resubscribes instead of trusting a dead channel
    await client.fake.flush();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders']);
    client.fake.emit('private-orders', 'Shipped', { id: 1 });
    expect(seen).toEqual([1]); // the first consumer's callback moved to the new subscription
    mounted.release();
    mounted.release();
    vi.runAllTimers();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders']);
    other.release();
    vi.runAllTimers();
    expect(client.fake.subscribedChannels()).toEqual([]);
  });

  it('offers a stable idle server snapshot whatever the live state', async () => {
    const client = createFakeEchokit();
    const room = client.presence('chat');
    const idle = room.getServerSnapshot();
    expect(idle).toBe(room.getSnapshot());
    room.acquire();
    await client.fake.flush();
    expect(room.getSnapshot().status).toBe('subscribed');
    expect(room.getServerSnapshot()).toBe(idle);
    expect(idle).toMatchObject({ status: 'idle', members: [], me: null, count: 0 });
    expect(client.connection.getServerSnapshot().status).toBe('idle');
  });
});
