import type { PresenceMember } from '@echokit/core';
import { setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit } from '@echokit/core/testing';
import { get, type Readable } from 'svelte/store';
import { afterEach, beforeEach, describe, expectTypeOf, it } from 'vitest';
import {
  type ChannelStatus,
  type ConnectionSnapshot,
  type EchokitClient,
  type EventMeta,
  type LaravelConnectionStatus,
  type ModelPayload,
  useChannel,
  useConnectionState,
  useConnectionStatus,
  useEcho,
  useEchoModel,
  useEchoNotification,
  usePresence,
} from '../src/index.js';

interface ChatEvents {
  MessagePosted: { text: string; from: number };
  '.room.closed': { reason: string };
}
interface ChatWhispers {
  typing: { name: string };
}

// These tests are checked by `pnpm typecheck` (tsc over test/); running them also runs every hook once.
const client = createFakeEchokit();
beforeEach(() => setDefaultEchokit(client));
afterEach(() => setDefaultEchokit(null));

describe('typed payloads through the Svelte stores', () => {
  it('useChannel types listen, whispers and whisper by the event maps', () => {
    const chat = useChannel<ChatEvents, ChatWhispers>('chat', {
      type: 'private',
      listen: {
        MessagePosted: (e, meta) => {
          expectTypeOf(e).toEqualTypeOf<{ text: string; from: number }>();
          expectTypeOf(meta).toEqualTypeOf<EventMeta>();
        },
        '.room.closed': (e) => expectTypeOf(e.reason).toBeString(),
        Unlisted: (e) => expectTypeOf(e).toBeUnknown(),
      },
      whispers: { typing: (e) => expectTypeOf(e).toEqualTypeOf<{ name: string }>() },
    });
    useChannel<ChatEvents>('chat', {
      listen: {
        MessagePosted: (e: { text: string; from: number }) => e.text,
        // @ts-expect-error the annotation must match the map's payload
        '.room.closed': (e: { nope: number }) => e.nope,
      },
    });
    expectTypeOf(get(chat).status).toEqualTypeOf<ChannelStatus>();
    expectTypeOf(chat.whisper<'typing'>)
      .parameter(1)
      .toEqualTypeOf<{ name: string }>();
    // @ts-expect-error the payload must match the whisper map
    chat.whisper('typing', { name: 1 });
  });

  it('usePresence types the members by user_info', () => {
    const room = usePresence<{ name: string }>('room');
    expectTypeOf(get(room).members).toEqualTypeOf<readonly PresenceMember<{ name: string }>[]>();
    expectTypeOf(get(room).me).toEqualTypeOf<PresenceMember<{ name: string }> | null>();
    expectTypeOf(room).toExtend<Readable<{ count: number }>>();
  });

  it('connection stores and the Laravel hooks', () => {
    expectTypeOf(useConnectionState()).toEqualTypeOf<Readable<ConnectionSnapshot>>();
    expectTypeOf(useConnectionStatus()).toEqualTypeOf<Readable<LaravelConnectionStatus>>();
    useEcho<{ id: number }>('orders', 'OrderShipped', (e) => expectTypeOf(e).toEqualTypeOf<{ id: number }>());
    useEchoNotification<{ amount: number }>('App.Models.User.1', (n) => {
      expectTypeOf(n.amount).toBeNumber();
      expectTypeOf(n.type).toBeString();
    });
    useEchoModel<{ title: string }, 'App.Models.Post'>('App.Models.Post', 1, ['PostUpdated'], (e) =>
      expectTypeOf(e).toEqualTypeOf<ModelPayload<{ title: string }>>(),
    );
    // @ts-expect-error only the model's own events are accepted
    useEchoModel<{ title: string }, 'App.Models.Post'>('App.Models.Post', 1, ['UserUpdated']);
    expectTypeOf(useEcho()).toEqualTypeOf<EchokitClient['echo']>();
  });
});
