import { setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit, type FakeEchokit } from '@echokit/core/testing';
import { render } from '@testing-library/svelte';
import { get } from 'svelte/store';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  configureEcho,
  echo,
  echoIsConfigured,
  type LaravelListenerResult,
  useChannel,
  useConnectionStatus,
  useEcho,
  useEchoModel,
  useEchoNotification,
  useEchoPresence,
  useEchoPublic,
  usePresenceChannel,
  useSocketId,
} from '../src/index.js';
import Hook from './components/Hook.svelte';

// The behaviours @laravel/echo-vue's own tests document (tests/useEcho.test.ts), ported to Svelte components.

let client: FakeEchokit;

beforeEach(() => {
  client = createFakeEchokit();
  setDefaultEchokit(client);
});

afterEach(() => {
  setDefaultEchokit(null);
  client.destroy();
});

/** Mounts a component that calls `setup` during its initialisation. */
function mount<T>(setup: () => T): { result: T; unmount: () => void } {
  let result: T | undefined;
  const view = render(Hook, { setup: () => (result = setup()) });
  return { result: result as T, unmount: view.unmount };
}

const NOTIFICATION = '.Illuminate\\Notifications\\Events\\BroadcastNotificationCreated';

describe('without a configured client', () => {
  it('throws Laravel’s error', () => {
    setDefaultEchokit(null);
    expect(() => mount(() => useEcho('orders', 'OrderShipped', () => {}))).toThrow(
      'Echo has not been configured',
    );
  });
});

describe('useEcho', () => {
  it('with no arguments returns the laravel-echo instance', () => {
    const { result } = mount(() => useEcho());
    expect(result).toBe(client.echo);
  });

  it('subscribes to a private channel by default and listens for the event', async () => {
    const callback = vi.fn();
    mount(() => useEcho('orders.1', 'OrderShipped', callback));
    await client.fake.flush();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders.1']);
    client.fake.emit('private-orders.1', 'OrderShipped', { id: 1 });
    expect(callback).toHaveBeenCalledWith({ id: 1 }, expect.objectContaining({ event: 'OrderShipped' }));
  });

  it('handles multiple events, naming each in meta.event', async () => {
    const seen: string[] = [];
    mount(() => useEcho('orders.1', ['OrderShipped', 'OrderPaid'], (_e, meta) => seen.push(meta.event)));
    await client.fake.flush();
    client.fake.emit('private-orders.1', 'OrderShipped', {});
    client.fake.emit('private-orders.1', 'OrderPaid', {});
    client.fake.emit('private-orders.1', 'OrderLost', {});
    expect(seen).toEqual(['OrderShipped', 'OrderPaid']);
  });

  it('cleans up the subscription on unmount', async () => {
    const { unmount } = mount(() => useEcho('orders.1', 'OrderShipped', () => {}));
    await client.fake.flush();
    unmount();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
  });

  it('won’t subscribe twice to the same channel', async () => {
    const subscribe = vi.spyOn(client.echo.connector.pusher, 'subscribe');
    mount(() => useEcho('orders.1', 'OrderShipped', () => {}));
    mount(() => useEcho('orders.1', 'OrderPaid', () => {}));
    await client.fake.flush();
    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(client.channel('orders.1', 'private').leaseCount()).toBe(2);
  });

  it('can leave a channel, and leave() also leaves its unused variants', async () => {
    let first: LaravelListenerResult<'private'> | undefined;
    mount(() => {
      first = useEcho('orders.1', 'OrderShipped', () => {});
    });
    mount(() => useEchoPublic('orders.1', 'Public', () => {}));
    await client.fake.flush();
    first?.leaveChannel();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['orders.1']));
    const { result } = mount(() => useEcho('orders.1', 'OrderShipped', () => {}));
    await client.fake.flush();
    result.leave();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['orders.1']));
  });

  it('stopListening stops the callback without leaving; listen starts it again (each a no-op when repeated)', async () => {
    const callback = vi.fn();
    const { result } = mount(() => useEcho('orders.1', 'OrderShipped', callback));
    await client.fake.flush();
    result.stopListening();
    result.stopListening();
    client.fake.emit('private-orders.1', 'OrderShipped', {});
    expect(callback).not.toHaveBeenCalled();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders.1']);
    result.listen();
    result.listen();
    client.fake.emit('private-orders.1', 'OrderShipped', {});
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('events and callback are optional; channel() is Echo’s channel object', async () => {
    const { result } = mount(() => useEcho('orders.1'));
    await client.fake.flush();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders.1']);
    expect(result.channel()).toBe(client.echo.private('orders.1'));
  });

  it('outside a component joins at once and leaves with leaveChannel()', async () => {
    const callback = vi.fn();
    const result = useEcho('orders.1', 'OrderShipped', callback);
    await client.fake.flush();
    client.fake.emit('private-orders.1', 'OrderShipped', {});
    expect(callback).toHaveBeenCalledTimes(1);
    result.leaveChannel();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
  });
});

describe('useEchoPublic, useEchoPresence, useEchoModel, usePresenceChannel, useChannel(name, visibility)', () => {
  it('subscribe to the right channel kinds', async () => {
    const model = vi.fn();
    mount(() => useEchoPublic('news', 'Published', () => {}));
    mount(() => useEchoPresence('room', 'Posted', () => {}));
    mount(() => useEchoModel('App.Models.Post', 7, ['PostUpdated'], model));
    mount(() => usePresenceChannel('lobby'));
    mount(() => useChannel('orders', 'private'));
    await client.fake.flush();
    expect(client.fake.subscribedChannels().sort()).toEqual([
      'news',
      'presence-lobby',
      'presence-room',
      'private-App.Models.Post.7',
      'private-orders',
    ]);
    const payload = { model: { id: 7 }, connection: null, queue: null, afterCommit: false };
    client.fake.emit('private-App.Models.Post.7', '.PostUpdated', payload);
    expect(model).toHaveBeenCalledWith(payload, expect.anything());
  });
});

describe('useEchoNotification', () => {
  const send = (type: string) =>
    client.fake.emit('private-App.Models.User.1', NOTIFICATION, { id: 'n', type });

  it('receives notifications on the private channel, all types when none are given', async () => {
    const callback = vi.fn();
    mount(() => useEchoNotification('App.Models.User.1', callback));
    await client.fake.flush();
    send('App\\Notifications\\InvoicePaid');
    send('App\\Notifications\\Other');
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('filters by type, accepting dotted and slashed spellings', async () => {
    const types: string[] = [];
    mount(() =>
      useEchoNotification('App.Models.User.1', (n) => types.push(n.type), [
        'App.Notifications.InvoicePaid',
        'App\\Notifications\\Welcome',
      ]),
    );
    await client.fake.flush();
    send('App\\Notifications\\InvoicePaid');
    send('App.Notifications.Welcome');
    send('App\\Notifications\\Other');
    expect(types).toEqual(['App\\Notifications\\InvoicePaid', 'App.Notifications.Welcome']);
  });

  it('can stop and start listening, and cleans up on unmount', async () => {
    const callback = vi.fn();
    const { result, unmount } = mount(() => useEchoNotification('App.Models.User.1', callback));
    await client.fake.flush();
    result.stopListening();
    send('App\\Notifications\\InvoicePaid');
    expect(callback).not.toHaveBeenCalled();
    result.listen();
    send('App\\Notifications\\InvoicePaid');
    expect(callback).toHaveBeenCalledTimes(1);
    unmount();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
  });
});

describe('useConnectionStatus and useSocketId', () => {
  it('open the connection and follow it, with reconnecting as its own status', async () => {
    setDefaultEchokit(null);
    client.destroy();
    client = createFakeEchokit({ autoConnect: false });
    setDefaultEchokit(client);
    const { result: status } = mount(() => useConnectionStatus());
    const { result: socketId } = mount(() => useSocketId());
    expect(get(status)).toBe('connecting');
    expect(get(socketId)).toBeUndefined();
    client.fake.connect();
    expect(get(status)).toBe('connected');
    expect(get(socketId)).toBe(client.socketId());
    expect(get(socketId)).toBeTruthy();
    client.fake.drop();
    expect(get(status)).toBe('reconnecting');
  });
});

describe('configureEcho, echo, echoIsConfigured', () => {
  it('configure the default client like Laravel’s', () => {
    setDefaultEchokit(null);
    expect(echoIsConfigured()).toBe(false);
    expect(() => echo()).toThrow('Echo has not been configured');
    configureEcho({ broadcaster: 'null' });
    expect(echoIsConfigured()).toBe(true);
    expect(echo()).toBe(mount(() => useEcho()).result);
    echo().disconnect();
  });
});
