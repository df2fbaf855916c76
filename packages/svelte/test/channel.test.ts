import { setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit, type FakeEchokit } from '@echokit/core/testing';
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelState } from '../src/index.js';
import Channel from './components/Channel.svelte';
import ProvidedChannel from './components/ProvidedChannel.svelte';

let client: FakeEchokit;

beforeEach(() => {
  client = createFakeEchokit();
  setDefaultEchokit(client);
});

afterEach(() => {
  setDefaultEchokit(null);
  client.destroy();
});

const status = () => screen.getByTestId('status').textContent;

describe('useChannel in a component', () => {
  it('subscribes on mount, shows pending then subscribed, and delivers events with their name', async () => {
    const received: string[] = [];
    render(Channel, { name: 'chat.1', received });
    expect(status()).toBe('pending');
    await waitFor(() => expect(status()).toBe('subscribed'));
    client.fake.emit('chat.1', 'MessagePosted', { text: 'hi' });
    expect(received).toEqual(['MessagePosted:hi']);
  });

  it('an unrelated event does not produce a new state; a status change produces exactly one', async () => {
    const states: ChannelState[] = [];
    render(Channel, { name: 'chat.1', onState: (s: ChannelState) => states.push(s) });
    await waitFor(() => expect(status()).toBe('subscribed'));
    const before = states.length;
    client.fake.emit('chat.1', 'MessagePosted', { text: 'hi' });
    client.fake.emit('chat.1', 'SomethingElse', { x: 1 });
    await client.fake.flush();
    expect(states.length).toBe(before);
    client.fake.drop();
    await waitFor(() => expect(status()).toBe('pending'));
    expect(states.length).toBe(before + 1);
  });

  it('leaves exactly once on unmount', async () => {
    const { unmount } = render(Channel, { name: 'chat.1' });
    await waitFor(() => expect(status()).toBe('subscribed'));
    const leave = vi.spyOn(client.echo, 'leaveChannel');
    unmount();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
    expect(leave).toHaveBeenCalledTimes(1);
    expect(leave).toHaveBeenCalledWith('chat.1');
    expect(client.channel('chat.1').leaseCount()).toBe(0);
  });

  it('two components share one subscription, left once after both unmount', async () => {
    const first = render(Channel, { name: 'chat.1' });
    const second = render(Channel, { name: 'chat.1' });
    await client.fake.flush();
    expect(client.channel('chat.1').leaseCount()).toBe(2);
    const leave = vi.spyOn(client.echo, 'leaveChannel');
    first.unmount();
    await client.fake.flush();
    expect(client.fake.subscribedChannels()).toEqual(['chat.1']);
    second.unmount();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('moves the subscription when the name changes', async () => {
    const received: string[] = [];
    const view = render(Channel, { name: 'chat.1', received });
    await waitFor(() => expect(status()).toBe('subscribed'));
    await view.rerender({ name: 'chat.2' });
    await waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['chat.2']));
    await waitFor(() => expect(status()).toBe('subscribed'));
    client.fake.emit('chat.2', 'MessagePosted', { text: 'two' });
    expect(received).toEqual(['MessagePosted:two']);
    expect(client.channel('chat.1').leaseCount()).toBe(0);
  });

  it('enabled: false leaves (idle) and true joins again', async () => {
    const view = render(Channel, { name: 'chat.1', enabled: false });
    await client.fake.flush();
    expect(status()).toBe('idle');
    expect(client.fake.subscribedChannels()).toEqual([]);
    await view.rerender({ enabled: true });
    await waitFor(() => expect(status()).toBe('subscribed'));
    await view.rerender({ enabled: false });
    await waitFor(() => expect(status()).toBe('idle'));
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
  });

  it('callbacks see the latest props without resubscribing', async () => {
    const received: string[] = [];
    const view = render(Channel, { name: 'chat.1', received, prefix: 'a:' });
    await waitFor(() => expect(status()).toBe('subscribed'));
    const subscribe = vi.spyOn(client.echo.connector.pusher, 'subscribe');
    await view.rerender({ prefix: 'b:' });
    client.fake.emit('chat.1', 'MessagePosted', { text: 'hi' });
    expect(received).toEqual(['b:MessagePosted:hi']);
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('whispers, receives whispers and notifications on a private channel', async () => {
    const received: string[] = [];
    render(Channel, { name: 'orders.1', type: 'private', received });
    await waitFor(() => expect(status()).toBe('subscribed'));
    screen.getByText('type').click();
    expect(client.fake.whispers).toEqual([
      { channel: 'private-orders.1', event: 'typing', payload: { name: 'Ada' } },
    ]);
    client.fake.whisper('private-orders.1', 'typing', { name: 'Grace' });
    client.fake.emit('private-orders.1', '.Illuminate\\Notifications\\Events\\BroadcastNotificationCreated', {
      id: 'n1',
      type: 'App\\Notifications\\InvoicePaid',
    });
    expect(received).toEqual(['typing:Grace', 'notification:App\\Notifications\\InvoicePaid']);
  });

  it('shows the auth error of a refused subscription', async () => {
    client.fake.rejectAuth('private-admin', { status: 403, message: 'Forbidden' });
    render(Channel, { name: 'admin', type: 'private' });
    await waitFor(() => expect(status()).toBe('error'));
    expect(screen.getByTestId('error').textContent).toBe('403 Forbidden');
  });

  it('leave() from the state leaves the channel for everyone', async () => {
    render(Channel, { name: 'chat.1' });
    await waitFor(() => expect(status()).toBe('subscribed'));
    screen.getByText('leave').click();
    await waitFor(() => expect(status()).toBe('idle'));
    expect(client.fake.subscribedChannels()).toEqual([]);
  });

  it('calls onResync once after a reconnect, not on the first subscribe', async () => {
    const onResync = vi.fn();
    render(Channel, { name: 'chat.1', onResync });
    await waitFor(() => expect(status()).toBe('subscribed'));
    expect(onResync).not.toHaveBeenCalled();
    client.fake.drop();
    client.fake.reconnect();
    await waitFor(() => expect(status()).toBe('subscribed'));
    expect(onResync).toHaveBeenCalledTimes(1);
    expect(onResync).toHaveBeenCalledWith({ channel: 'chat.1', recovered: false, replayed: 0 });
  });

  it('uses the client from setEchokitContext over the default one', async () => {
    const provided = createFakeEchokit();
    render(ProvidedChannel, { client: provided, name: 'chat.9' });
    await waitFor(() => expect(status()).toBe('subscribed'));
    expect(provided.fake.subscribedChannels()).toEqual(['chat.9']);
    expect(client.hasEcho()).toBe(false);
    provided.destroy();
  });
});
