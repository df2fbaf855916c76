import { setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit, type FakeEchokit } from '@echokit/core/testing';
import { flushSync } from 'svelte';
import { fromStore, get } from 'svelte/store';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useConnectionState } from '../src/index.js';
import { createRoom } from './fixtures/room.svelte.js';

let client: FakeEchokit;

beforeEach(() => {
  client = createFakeEchokit();
  setDefaultEchokit(client);
});

afterEach(() => {
  setDefaultEchokit(null);
  client.destroy();
});

describe('stores outside components (.svelte.ts modules)', () => {
  it('join with the first subscriber and leave after the last', async () => {
    const room = createRoom('chat.1');
    await client.fake.flush();
    expect(client.fake.subscribedChannels()).toEqual([]);
    const stopA = room.channel.subscribe(() => {});
    const stopB = room.channel.subscribe(() => {});
    await client.fake.flush();
    expect(get(room.channel).status).toBe('subscribed');
    expect(client.channel('chat.1').leaseCount()).toBe(1);
    stopA();
    await client.fake.flush();
    expect(client.fake.subscribedChannels()).toEqual(['chat.1']);
    stopB();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
  });

  it('follow runes state read by a name getter and an enabled getter', async () => {
    const room = createRoom('chat.1');
    const stop = room.channel.subscribe(() => {});
    await client.fake.flush();
    client.fake.emit('chat.1', 'MessagePosted', { text: 'one' });
    room.rename('chat.2');
    flushSync();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['chat.2']));
    await client.fake.flush();
    client.fake.emit('chat.2', 'MessagePosted', { text: 'two' });
    expect(room.messages).toEqual(['chat.1:one', 'chat.2:two']);
    room.enable(false);
    flushSync();
    expect(get(room.channel).status).toBe('idle');
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
    stop();
  });

  it('read through fromStore(...).current, as runes code does', async () => {
    const room = createRoom('lobby');
    const people = fromStore(room.people);
    const stop = room.people.subscribe(() => {});
    await client.fake.flush();
    expect(people.current.members.map((m) => m.id)).toEqual(['1']);
    client.fake.join('presence-lobby', { id: 2, info: { name: 'Grace' } });
    expect(people.current.count).toBe(2);
    stop();
  });

  it('useConnectionState calls onResync once per reconnect, never on the first connect', () => {
    const onResync = vi.fn();
    const connection = useConnectionState({ onResync });
    const statuses: string[] = [];
    const stop = connection.subscribe((s) => statuses.push(s.status));
    client.connect();
    expect(onResync).not.toHaveBeenCalled();
    client.fake.drop();
    client.fake.reconnect();
    expect(onResync).toHaveBeenCalledTimes(1);
    client.fake.drop();
    client.fake.reconnect();
    expect(onResync).toHaveBeenCalledTimes(2);
    expect(statuses).toEqual(['idle', 'connected', 'reconnecting', 'connected', 'reconnecting', 'connected']);
    stop();
    client.fake.drop();
    client.fake.reconnect();
    expect(onResync).toHaveBeenCalledTimes(2);
  });
});
