import type Echo from 'laravel-echo';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BroadcastNotification,
  type ChannelHandle,
  type ChannelListeners,
  type ChannelSnapshot,
  type ConnectionStatus,
  createEchokit,
  type EchokitClient,
  type EventMeta,
  type PresenceHandle,
  type PresenceMember,
  type PresenceSnapshot,
} from '../src/index.js';

interface ShopEvents {
  OrderShipped: { order: { id: number } };
  '.stock.changed': { sku: string; left: number };
}
interface ChatWhispers {
  typing: { name: string };
}

// Type tests: checked by `tsc` (pnpm typecheck); the runtime part only proves the file loads.
describe('types', () => {
  const client = createEchokit({ broadcaster: 'reverb', key: 'k' });

  it('types event payloads by name, and passes the event name', () => {
    const orders = client.channel<ShopEvents>('orders', 'private');
    expectTypeOf(orders).toEqualTypeOf<ChannelHandle<ShopEvents>>();
    orders.listen('OrderShipped', (e, meta) => {
      expectTypeOf(e).toEqualTypeOf<{ order: { id: number } }>();
      expectTypeOf(meta).toEqualTypeOf<EventMeta>();
    });
    orders.listen('.stock.changed', (e) => expectTypeOf(e.left).toBeNumber());
    orders.listen(['OrderShipped', '.stock.changed'], (e, meta) => {
      expectTypeOf(e).toEqualTypeOf<{ order: { id: number } } | { sku: string; left: number }>();
      expectTypeOf(meta.event).toBeString();
    });
    orders.listen('SomethingElse', (e) => expectTypeOf(e).toBeUnknown());
    orders.acquire({
      listen: {
        OrderShipped: (e) => expectTypeOf(e.order.id).toBeNumber(),
        // @ts-expect-error the payload has no `sku`
        '.stock.changed': (e: { order: number }) => e,
      },
      notification: (n) => expectTypeOf(n).toEqualTypeOf<BroadcastNotification>(),
    });
    expectTypeOf(orders.getSnapshot()).toEqualTypeOf<ChannelSnapshot>();
    // A callback typed on its own fits the listener map (bivariant like a method parameter).
    const onShipped = (e: { order: { id: number } }) => e.order.id;
    const listeners: ChannelListeners<ShopEvents> = { listen: { OrderShipped: onShipped } };
    orders.acquire(listeners);
  });

  it('types whispers', () => {
    const chat = client.presence<{ name: string }, ShopEvents, ChatWhispers>('chat');
    chat.whisper('typing', { name: 'Ada' });
    // @ts-expect-error wrong whisper payload
    chat.whisper('typing', { name: 1 });
    chat.listenForWhisper('typing', (e, meta) => {
      expectTypeOf(e).toEqualTypeOf<{ name: string }>();
      expectTypeOf(meta.userId).toEqualTypeOf<string | undefined>();
    });
  });

  it('types presence members and snapshots', () => {
    const room = client.presence<{ name: string }>('chat');
    expectTypeOf(room).toEqualTypeOf<PresenceHandle<{ name: string }>>();
    expectTypeOf(room.getSnapshot()).toEqualTypeOf<PresenceSnapshot<{ name: string }>>();
    expectTypeOf(room.getSnapshot().members).toEqualTypeOf<readonly PresenceMember<{ name: string }>[]>();
    room.acquire({ onJoin: (m) => expectTypeOf(m.info.name).toBeString() });
    expectTypeOf(client.channel('chat', 'presence')).toEqualTypeOf<PresenceHandle>();
    expectTypeOf(client.connection.getSnapshot().status).toEqualTypeOf<ConnectionStatus>();
  });

  it('accepts untyped channels like laravel-echo', () => {
    const any = client.channel('anything');
    any.listen('Whatever', (e) => expectTypeOf(e).toBeAny());
  });
});

describe('client types', () => {
  it('infers the broadcaster from the options', () => {
    const reverb = createEchokit({ broadcaster: 'reverb', key: 'k' });
    expectTypeOf(reverb).toEqualTypeOf<EchokitClient<'reverb'>>();
    expectTypeOf(reverb.echo).toEqualTypeOf<Echo<'reverb'>>();
    const nothing = createEchokit({ broadcaster: 'null' });
    expectTypeOf(nothing).toEqualTypeOf<EchokitClient<'null'>>();
  });
});
