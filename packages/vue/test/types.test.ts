// Type tests: checked by `tsc` (the package typecheck includes test/); the bodies never run.
import type { BroadcastNotification, ChannelHandle, ModelPayload, PresenceHandle } from '@echokit/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ComputedRef } from 'vue';
import {
  type BroadcastDriver,
  type ChannelStatus,
  type ConnectionStatus,
  type EchoInstance,
  type EventMeta,
  type PresenceMember,
  useChannel,
  useConnectionState,
  useConnectionStatus,
  useEcho,
  useEchoModel,
  useEchoNotification,
  usePresence,
} from '../src/index.js';

interface ShopEvents {
  OrderShipped: { order: { id: number } };
  '.stock.changed': { sku: string; left: number };
}
interface ChatWhispers {
  typing: { name: string };
}

describe('typed payloads', () => {
  it('useChannel types listen and whisper callbacks and whisper payloads from the event maps', () => {
    const check = () => {
      const orders = useChannel<ShopEvents, ChatWhispers>('orders', {
        type: 'private',
        listen: {
          OrderShipped: (e, meta) => {
            expectTypeOf(e).toEqualTypeOf<{ order: { id: number } }>();
            expectTypeOf(meta).toEqualTypeOf<EventMeta>();
          },
          '.stock.changed': (e) => expectTypeOf(e.left).toBeNumber(),
          Unlisted: (e) => expectTypeOf(e).toBeUnknown(),
        },
        whispers: { typing: (e) => expectTypeOf(e.name).toBeString() },
      });
      expectTypeOf(orders.status).toEqualTypeOf<ComputedRef<ChannelStatus>>();
      expectTypeOf(orders.channel).toEqualTypeOf<
        ComputedRef<ChannelHandle<ShopEvents, ChatWhispers> | null>
      >();
      orders.whisper('typing', { name: 'Ada' });
      // @ts-expect-error the payload must match the whisper map
      orders.whisper('typing', { name: 1 });
      useChannel<ShopEvents>('orders', {
        // @ts-expect-error the callback must accept the mapped payload
        listen: { OrderShipped: (e: { sku: string }) => e },
      });
    };
    expectTypeOf(check).toBeFunction();
  });

  it('usePresence types members by user info, and its handle', () => {
    const check = () => {
      const room = usePresence<{ name: string }, ShopEvents, ChatWhispers>('chat', {
        onJoin: (m) => expectTypeOf(m.info.name).toBeString(),
      });
      expectTypeOf(room.members).toEqualTypeOf<ComputedRef<readonly PresenceMember<{ name: string }>[]>>();
      expectTypeOf(room.me.value).toEqualTypeOf<PresenceMember<{ name: string }> | null>();
      expectTypeOf(room.channel.value).toEqualTypeOf<PresenceHandle<
        { name: string },
        ShopEvents,
        ChatWhispers
      > | null>();
      room.whisper('typing', { name: 'Ada' });
    };
    expectTypeOf(check).toBeFunction();
  });

  it('useConnectionState exposes core’s status', () => {
    const check = () => {
      expectTypeOf(useConnectionState().status.value).toEqualTypeOf<ConnectionStatus>();
      expectTypeOf(useConnectionStatus().value).toEqualTypeOf<
        'connected' | 'connecting' | 'reconnecting' | 'disconnected' | 'failed'
      >();
    };
    expectTypeOf(check).toBeFunction();
  });

  it('the drop-in layer keeps Laravel’s generics', () => {
    const check = () => {
      expectTypeOf<BroadcastDriver>().toEqualTypeOf<'reverb' | 'pusher' | 'ably' | 'socket.io' | 'null'>();
      expectTypeOf(useEcho()).toEqualTypeOf<EchoInstance>();
      useEcho<{ order: { id: number } }>('orders', 'OrderShipped', (e) =>
        expectTypeOf(e.order.id).toBeNumber(),
      );
      const presence = useEcho('chat', 'Said', () => {}, [], 'presence');
      expectTypeOf(presence.channel()).toEqualTypeOf<ReturnType<EchoInstance['join']> | null>();
      useEcho<{ id: number }>('orders', ['A', 'B'], (e, meta) => {
        expectTypeOf(e.id).toBeNumber();
        expectTypeOf(meta.event).toBeString();
      });
      useEchoModel<{ title: string }, 'App.Models.Post'>('App.Models.Post', 1, ['PostUpdated'], (e) => {
        expectTypeOf(e).toEqualTypeOf<ModelPayload<{ title: string }>>();
      });
      useEcho('orders', 'OrderShipped', (e) => e.order.id); // untyped like laravel-echo: any payload
      // @ts-expect-error not an event of this model
      useEchoModel<{ title: string }, 'App.Models.Post'>('App.Models.Post', 1, ['UserUpdated']);
      useEchoNotification<{ amount: number }>('App.Models.User.1', (n) => {
        expectTypeOf(n).toEqualTypeOf<BroadcastNotification<{ amount: number }>>();
      });
    };
    expectTypeOf(check).toBeFunction();
  });
});
