import type { ChannelHandle, EventMeta, PresenceMember } from '@echokit/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type LaravelChannelResult,
  type UseChannelResult,
  useChannel,
  useConnectionState,
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

// Type-level only: these functions are never called.
describe('typed payloads', () => {
  it('useChannel types listen and whisper payloads from the event maps', () => {
    () => {
      const result = useChannel<ShopEvents, ChatWhispers>('orders', {
        type: 'private',
        listen: {
          OrderShipped: (e, meta) => {
            expectTypeOf(e).toEqualTypeOf<{ order: { id: number } }>();
            expectTypeOf(meta).toEqualTypeOf<EventMeta>();
          },
          '.stock.changed': (e) => {
            expectTypeOf(e.left).toBeNumber();
          },
        },
        whispers: {
          typing: (e) => {
            expectTypeOf(e.name).toBeString();
          },
        },
      });
      expectTypeOf(result).toEqualTypeOf<UseChannelResult<ShopEvents, ChatWhispers>>();
      expectTypeOf(result.channel).toEqualTypeOf<ChannelHandle<ShopEvents, ChatWhispers>>();
      result.whisper('typing', { name: 'Ada' });
      // @ts-expect-error the payload must match the whisper map
      result.whisper('typing', { nom: 'Ada' });
      // @ts-expect-error presence is usePresence's job
      useChannel('room', { type: 'presence' });
    };
  });

  it('usePresence types members by user_info', () => {
    () => {
      const room = usePresence<{ name: string }, ShopEvents, ChatWhispers>('room', {
        onJoin: (member) => expectTypeOf(member).toEqualTypeOf<PresenceMember<{ name: string }>>(),
      });
      expectTypeOf(room.members).toEqualTypeOf<readonly PresenceMember<{ name: string }>[]>();
      expectTypeOf(room.me).toEqualTypeOf<PresenceMember<{ name: string }> | null>();
      expectTypeOf(room.status).toEqualTypeOf<'idle' | 'pending' | 'subscribed' | 'error'>();
    };
  });

  it('the Laravel layer keeps its shapes', () => {
    () => {
      useEcho<{ id: number }>('orders', 'OrderShipped', (e) => expectTypeOf(e.id).toBeNumber());
      expectTypeOf(useChannel('orders', 'private')).toEqualTypeOf<LaravelChannelResult<'private'>>();
      useEchoNotification<{ amount: number }>('App.Models.User.1', (n) => {
        expectTypeOf(n.amount).toBeNumber();
        expectTypeOf(n.type).toBeString();
      });
      useEchoModel<{ title: string }, 'App.Models.Post'>('App.Models.Post', 1, 'PostUpdated', (e) =>
        expectTypeOf(e.model.title).toBeString(),
      );
      const status = useConnectionState().status;
      expectTypeOf(status).toEqualTypeOf<
        'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'disconnected'
      >();
    };
  });
});
