// The composables over a real pusher-js + laravel-echo against the real bundled server, in jsdom.
import type { EchokitClient } from '@echokit/core';
import type { RunningServer } from '@echokit/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watch } from 'vue';
import {
  type PresenceMember,
  type UsePresenceResult,
  useChannel,
  useConnectionState,
  usePresence,
} from '../src/index.js';
import { renderWith } from './helpers.js';
import { createServerClient, startTestServer } from './real-server.js';

const ADA = { id: 1, name: 'Ada' };
const GRACE = { id: 2, name: 'Grace' };
const WAIT = { timeout: 15_000, interval: 20 };
// pusher-js's own timers decide when it retries after the server went away (its 10 s unavailable timeout).
const RECONNECT_WAIT = { timeout: 40_000, interval: 50 };
type Info = { name: string };
const names = (members: readonly PresenceMember<Info>[]) => members.map((m) => m.info.name).join(',');

describe('@echokit/vue against the real server', () => {
  let server: RunningServer;
  const clients: EchokitClient[] = [];
  const client = (user: typeof ADA) => {
    const created = createServerClient(server.port, user);
    clients.push(created);
    return created;
  };

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await server.close();
  });

  it('subscribes, receives, shows two presence members, whispers, and sees a member leave', async () => {
    const typing: string[] = [];
    const chat = (user: typeof ADA) => {
      let room: UsePresenceResult<Info> | undefined;
      const view = renderWith(client(user), () => {
        room = usePresence<Info>('room.1', {
          whispers: {
            typing: (e: { name: string }, meta) => typing.push(`${user.name} saw ${e.name} (${meta.userId})`),
          },
        });
        const orders = useChannel('orders', {
          listen: { OrderShipped: (e: { id: number }) => shipped.push(e.id) },
        });
        return () => `${orders.status.value}|${room?.status.value}|${names(room?.members.value ?? [])}`;
      });
      return { view, room: () => room as UsePresenceResult<Info> };
    };
    const shipped: number[] = [];
    const ada = chat(ADA);
    const grace = chat(GRACE);
    await vi.waitFor(() => expect(ada.view.text()).toBe('subscribed|subscribed|Ada,Grace'), WAIT);
    await vi.waitFor(() => expect(grace.view.text()).toBe('subscribed|subscribed|Ada,Grace'), WAIT);

    await server.adapter.publish({
      appId: 'app-id',
      channels: ['orders'],
      event: 'App\\Events\\OrderShipped',
      data: JSON.stringify({ id: 7 }),
    });
    await vi.waitFor(() => expect(shipped).toEqual([7, 7]), WAIT);

    expect(ada.room().whisper('typing', { name: 'Ada' })).toBe(true);
    await vi.waitFor(() => expect(typing).toEqual(['Grace saw Ada (1)']), WAIT);

    grace.view.unmount();
    await vi.waitFor(() => expect(ada.view.text()).toBe('subscribed|subscribed|Ada'), WAIT);
  }, 30_000);

  it('goes reconnecting → connected across a server restart and fires onResync once', async () => {
    const statuses: string[] = [];
    const onResync = vi.fn();
    const channelResync = vi.fn();
    const seen: number[] = [];
    const view = renderWith(client(ADA), () => {
      const { status } = useConnectionState({ onResync });
      const orders = useChannel('orders', {
        listen: { OrderShipped: (e: { id: number }) => seen.push(e.id) },
        onResync: channelResync,
      });
      watch(status, (value) => statuses.push(value));
      return () => `${status.value}|${orders.status.value}`;
    });
    await vi.waitFor(() => expect(view.text()).toBe('connected|subscribed'), WAIT);
    const port = server.port;

    await server.close();
    await vi.waitFor(() => expect(view.text()).toBe('reconnecting|pending'), WAIT);
    server = await startTestServer(port);
    await vi.waitFor(() => expect(view.text()).toBe('connected|subscribed'), RECONNECT_WAIT);

    expect(statuses.slice(statuses.indexOf('reconnecting'))).toEqual(['reconnecting', 'connected']);
    expect(onResync).toHaveBeenCalledTimes(1);
    expect(channelResync).toHaveBeenCalledTimes(1);
    expect(channelResync).toHaveBeenCalledWith({ channel: 'orders', recovered: false, replayed: 0 });

    await server.adapter.publish({
      appId: 'app-id',
      channels: ['orders'],
      event: 'App\\Events\\OrderShipped',
      data: JSON.stringify({ id: 8 }),
    });
    await vi.waitFor(() => expect(seen).toEqual([8]), WAIT);
  }, 60_000);
});
