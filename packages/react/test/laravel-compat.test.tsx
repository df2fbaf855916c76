// The behaviours @laravel/echo-react documents and tests, ported onto the real laravel-echo over core's fake.
import { configureEcho, echo, echoIsConfigured, setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit, type FakeEchokit } from '@echokit/core/testing';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  useChannel,
  useConnectionStatus,
  useEcho,
  useEchoModel,
  useEchoNotification,
  useEchoPresence,
  useEchoPublic,
  usePresenceChannel,
  usePublicChannel,
  useSocketId,
} from '../src/index.js';
import { WAIT } from './render-with-client.js';

let client: FakeEchokit;
const flush = () => act(() => client.fake.flush());
const notification = (type: string, extra: object = {}) => ({ id: 'n1', type, ...extra });
const NOTIFICATION = '.Illuminate\\Notifications\\Events\\BroadcastNotificationCreated';

beforeEach(() => {
  client = createFakeEchokit();
  setDefaultEchokit(client); // what configureEcho() does, with the fake as the client
});
afterEach(() => {
  cleanup();
  setDefaultEchokit(null);
});

describe('configuration', () => {
  it('throws Laravel’s message when nothing is configured', () => {
    setDefaultEchokit(null);
    expect(echoIsConfigured()).toBe(false);
    expect(() => renderHook(() => useEcho('orders', 'OrderShipped', () => {}))).toThrow(
      'Echo has not been configured',
    );
  });

  it('configureEcho() creates nothing until used; echo() is the Echo instance useEcho() returns', () => {
    setDefaultEchokit(null);
    const configured = configureEcho({ broadcaster: 'null' });
    expect(echoIsConfigured()).toBe(true);
    expect(configured.hasEcho()).toBe(false);
    const { result } = renderHook(() => useEcho());
    expect(result.current).toBe(echo());
    expect(typeof result.current.private).toBe('function');
  });
});

describe('useEcho', () => {
  it('subscribes to a private channel by default and delivers events (several events, one callback)', async () => {
    const callback = vi.fn();
    renderHook(() => useEcho('orders', ['OrderShipped', 'OrderPaid'], callback));
    await flush();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders']);
    act(() => client.fake.emit('private-orders', 'OrderShipped', { id: 1 }));
    act(() => client.fake.emit('private-orders', 'OrderPaid', { id: 2 }));
    expect(callback.mock.calls.map(([payload, meta]) => [payload, meta.event])).toEqual([
      [{ id: 1 }, 'OrderShipped'],
      [{ id: 2 }, 'OrderPaid'],
    ]);
  });

  it('shares one subscription between two hooks and leaves when the last unmounts', async () => {
    const one = renderHook(() => useEcho('orders', 'OrderShipped', () => {}));
    const two = renderHook(() => useEcho('orders', 'OrderShipped', () => {}));
    await flush();
    expect(client.channel('orders', 'private').leaseCount()).toBe(2);
    one.unmount();
    await flush();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders']);
    two.unmount();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]), WAIT);
  });

  it('leaveChannel() leaves the channel; public visibility uses the bare name', async () => {
    const { result } = renderHook(() => useEcho('ticker', '.tick', () => {}, [], 'public'));
    await flush();
    expect(client.fake.subscribedChannels()).toEqual(['ticker']);
    act(() => result.current.leaveChannel());
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]), WAIT);
  });

  it('leave() leaves every variant of the name that nobody else holds', async () => {
    const { result } = renderHook(() => useEcho('orders', 'OrderShipped', () => {}));
    renderHook(() => useEchoPublic('orders', '.x', () => {}));
    await flush();
    const leaveEcho = vi.spyOn(client.echo, 'leaveChannel');
    act(() => result.current.leave());
    expect(leaveEcho.mock.calls.map(([name]) => name)).toEqual(['private-orders']);
    expect(client.fake.subscribedChannels()).toEqual(['orders']);
  });

  it('stopListening() stops the callback without leaving; listen() resumes; both are idempotent', async () => {
    const callback = vi.fn();
    const { result } = renderHook(() => useEcho('orders', 'OrderShipped', callback));
    await flush();
    act(() => result.current.stopListening());
    act(() => result.current.stopListening());
    act(() => client.fake.emit('private-orders', 'OrderShipped', { id: 1 }));
    expect(callback).not.toHaveBeenCalled();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders']);
    act(() => result.current.listen());
    act(() => result.current.listen());
    act(() => client.fake.emit('private-orders', 'OrderShipped', { id: 2 }));
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('events and callback are optional; channel() is Echo’s channel object', async () => {
    const { result } = renderHook(() => useEcho('orders'));
    await flush();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders']);
    expect(result.current.channel()).toBe(client.echo.private('orders'));
  });

  it('moves the listener to the new channel when the channel name changes', async () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ name }) => useEcho(name, '.e', (_: unknown, meta) => seen.push(meta.channel)),
      { initialProps: { name: 'a' } },
    );
    await flush();
    rerender({ name: 'b' });
    await flush();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['private-b']), WAIT);
    act(() => client.fake.emit('private-b', '.e', {}));
    expect(seen).toEqual(['private-b']);
  });

  it('keeps its return value while the arguments are the same', async () => {
    const { result, rerender } = renderHook(() => useEcho('orders', ['A', 'B'], () => {}));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('differs on purpose: a changed callback is used at once whatever the dependencies (no lost events)', async () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ label }) => useEcho('orders', 'OrderShipped', () => seen.push(label), []),
      {
        initialProps: { label: 'first' },
      },
    );
    await flush();
    const subscribe = vi.spyOn(client.echo.connector.pusher, 'subscribe');
    rerender({ label: 'second' });
    act(() => client.fake.emit('private-orders', 'OrderShipped', {}));
    expect(seen).toEqual(['second']);
    expect(subscribe).not.toHaveBeenCalled();
  });
});

describe('useEchoPublic / useEchoPresence / useEchoModel', () => {
  it('useEchoPublic listens on the public channel', async () => {
    const callback = vi.fn();
    renderHook(() => useEchoPublic('news', '.published', callback));
    await flush();
    act(() => client.fake.emit('news', '.published', { id: 3 }));
    expect(callback).toHaveBeenCalledWith({ id: 3 }, expect.objectContaining({ event: '.published' }));
  });

  it('useEchoPresence joins presence-{name}', async () => {
    const callback = vi.fn();
    renderHook(() => useEchoPresence('room', '.msg', callback));
    await flush();
    expect(client.fake.subscribedChannels()).toEqual(['presence-room']);
    act(() => client.fake.emit('presence-room', '.msg', 'hi'));
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('useEchoModel listens to raw model events on App.Models.{Model}.{id}, with or without the dot', async () => {
    const callback = vi.fn();
    renderHook(() => useEchoModel('App.Models.Post', 7, ['PostUpdated', '.PostDeleted'], callback));
    await flush();
    expect(client.fake.subscribedChannels()).toEqual(['private-App.Models.Post.7']);
    act(() => client.fake.emit('private-App.Models.Post.7', '.PostUpdated', { model: { id: 7 } }));
    act(() => client.fake.emit('private-App.Models.Post.7', '.PostDeleted', { model: { id: 7 } }));
    act(() => client.fake.emit('private-App.Models.Post.7', 'PostUpdated', { model: { id: 0 } }));
    expect(callback.mock.calls.map(([, meta]) => meta.event)).toEqual(['.PostUpdated', '.PostDeleted']);
  });
});

describe('useEchoNotification', () => {
  it('receives every notification when no type is given', async () => {
    const callback = vi.fn();
    renderHook(() => useEchoNotification('App.Models.User.1', callback));
    await flush();
    act(() =>
      client.fake.emit('private-App.Models.User.1', NOTIFICATION, notification('App\\Notifications\\A')),
    );
    expect(callback).toHaveBeenCalledWith(notification('App\\Notifications\\A'));
  });

  it('filters by type, accepting dotted and backslashed spellings', async () => {
    const callback = vi.fn();
    renderHook(() =>
      useEchoNotification('App.Models.User.1', callback, [
        'App.Notifications.InvoicePaid',
        'App\\Notifications\\Sent',
      ]),
    );
    await flush();
    for (const type of [
      'App\\Notifications\\InvoicePaid',
      'App\\Notifications\\Other',
      'App\\Notifications\\Sent',
    ]) {
      act(() => client.fake.emit('private-App.Models.User.1', NOTIFICATION, notification(type)));
    }
    expect(callback.mock.calls.map(([n]) => n.type)).toEqual([
      'App\\Notifications\\InvoicePaid',
      'App\\Notifications\\Sent',
    ]);
  });

  it('stopListening() / listen() control notifications; unmount leaves', async () => {
    const callback = vi.fn();
    const { result, unmount } = renderHook(() => useEchoNotification('App.Models.User.1', callback));
    await flush();
    act(() => result.current.stopListening());
    act(() => client.fake.emit('private-App.Models.User.1', NOTIFICATION, notification('X')));
    act(() => result.current.listen());
    act(() => client.fake.emit('private-App.Models.User.1', NOTIFICATION, notification('Y')));
    expect(callback.mock.calls.map(([n]) => n.type)).toEqual(['Y']);
    unmount();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]), WAIT);
  });
});

describe('Laravel’s useChannel / usePublicChannel / usePresenceChannel', () => {
  it('useChannel(name, visibility) holds the channel and returns leaveChannel / leave / channel()', async () => {
    const { result } = renderHook(() => useChannel('orders', 'private'));
    await flush();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders']);
    expect(Object.keys(result.current).sort()).toEqual(['channel', 'leave', 'leaveChannel']);
    expect(result.current.channel()).toBe(client.echo.private('orders'));
    act(() => result.current.leaveChannel());
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]), WAIT);
  });

  it('usePublicChannel and usePresenceChannel pick the visibility', async () => {
    renderHook(() => usePublicChannel('news'));
    renderHook(() => usePresenceChannel('room'));
    await flush();
    expect(client.fake.subscribedChannels().sort()).toEqual(['news', 'presence-room']);
  });
});

describe('useConnectionStatus / useSocketId', () => {
  it('opens the connection and reports its status, with reconnecting while retrying', async () => {
    const { result } = renderHook(() => useConnectionStatus());
    expect(client.hasEcho()).toBe(true);
    expect(result.current).toBe('connected');
    act(() => client.fake.drop());
    expect(result.current).toBe('reconnecting');
    act(() => client.fake.reconnect());
    expect(result.current).toBe('connected');
  });

  it('returns the socket id and follows a reconnect to the new one', async () => {
    const { result } = renderHook(() => useSocketId());
    const first = result.current;
    expect(first).toMatch(/^\d+\.\d+$/);
    act(() => client.fake.drop());
    expect(result.current).toBeUndefined();
    act(() => client.fake.reconnect());
    expect(result.current).toMatch(/^\d+\.\d+$/);
    expect(result.current).not.toBe(first);
  });
});
