// The behaviours @laravel/echo-vue's own tests and README document, run against the real laravel-echo
// inside core's fake client instead of a mocked Echo.
import { describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, reactive } from 'vue';
import {
  configureEcho,
  echo,
  echoIsConfigured,
  type LaravelChannelResult,
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
import { fakeClient, renderWith, settle } from './helpers.js';

const NOTIFICATION = 'Illuminate\\Notifications\\Events\\BroadcastNotificationCreated';

type Controls = Omit<LaravelListenerResult, 'channel'> & { channel(): unknown };

function mountEcho(client: ReturnType<typeof fakeClient>, use: () => Controls) {
  let controls: Controls | undefined;
  const view = renderWith(client, () => {
    controls = use();
    return () => '';
  });
  return Object.assign(view, { controls: controls as Controls });
}

describe('configureEcho, echo, echoIsConfigured', () => {
  it('configure the default client that composables outside the plugin use', () => {
    expect(echoIsConfigured()).toBe(false);
    expect(() => echo()).toThrow('Echo has not been configured');
    configureEcho({ broadcaster: 'null' });
    expect(echoIsConfigured()).toBe(true);
    expect(effectScope().run(() => useEcho())).toBe(echo());
  });

  it('useEcho with arguments throws Laravel’s error when Echo is not configured', () => {
    expect(() => effectScope().run(() => useEcho('orders', 'Shipped', () => {}))).toThrow(
      'Echo has not been configured',
    );
  });
});

describe('useEcho (private by default)', () => {
  it('returns the Echo instance without arguments', () => {
    const client = fakeClient();
    let instance: unknown;
    renderWith(client, () => {
      instance = useEcho();
      return () => '';
    });
    expect(instance).toBe(client.echo);
  });

  it('subscribes to the private channel and calls back with the payload, for one or several events', async () => {
    const client = fakeClient();
    const priv = vi.spyOn(client.echo, 'private');
    const seen: unknown[] = [];
    mountEcho(client, () =>
      useEcho('test-channel', ['event1', 'event2'], (e, meta) => seen.push([e, meta.event])),
    );
    await settle(client);
    expect(priv).toHaveBeenCalledWith('test-channel');
    client.fake.emit('private-test-channel', 'event1', { n: 1 });
    client.fake.emit('private-test-channel', 'event2', { n: 2 });
    // Beyond Laravel: the second argument says which event fired.
    expect(seen).toEqual([
      [{ n: 1 }, 'event1'],
      [{ n: 2 }, 'event2'],
    ]);
  });

  it('shares one subscription between components and leaves after the last unmounts', async () => {
    const client = fakeClient();
    const priv = vi.spyOn(client.echo, 'private');
    const leave = vi.spyOn(client.echo, 'leaveChannel');
    const first = mountEcho(client, () => useEcho('test-channel', 'test-event', () => {}));
    const second = mountEcho(client, () => useEcho('test-channel', 'test-event', () => {}));
    await settle(client);
    expect(priv).toHaveBeenCalledTimes(1);
    first.unmount();
    await settle(client);
    expect(leave).not.toHaveBeenCalled();
    second.unmount();
    await vi.waitFor(() => expect(leave).toHaveBeenCalledWith('private-test-channel'));
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('leaveChannel() leaves the channel; leave() also leaves its other variants nobody holds', async () => {
    const client = fakeClient();
    const a = mountEcho(client, () => useEcho('test-channel', 'test-event', () => {}));
    await settle(client);
    a.controls.leaveChannel();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));

    const b = mountEcho(client, () => useEcho('room', 'said', () => {}));
    const presence = mountEcho(client, () => useEchoPresence('room', 'said', () => {}));
    const other = mountEcho(client, () => useEchoPublic('room', 'said', () => {}));
    await settle(client);
    expect(client.fake.subscribedChannels().sort()).toEqual(['presence-room', 'private-room', 'room']);
    presence.controls.leaveChannel();
    b.controls.leave();
    // The public variant is still held by another component: only Laravel's leave() would pull it.
    expect(client.fake.subscribedChannels()).toEqual(['room']);
    other.controls.leave();
    expect(client.fake.subscribedChannels()).toEqual([]);
  });

  it('stopListening() keeps the channel but stops the callback; listen() resumes once', async () => {
    const client = fakeClient();
    const seen: unknown[] = [];
    const { controls } = mountEcho(client, () => useEcho('test-channel', 'test-event', (e) => seen.push(e)));
    await settle(client);
    controls.stopListening();
    controls.stopListening();
    client.fake.emit('private-test-channel', 'test-event', 1);
    expect(client.fake.subscribedChannels()).toEqual(['private-test-channel']);
    controls.listen();
    controls.listen();
    client.fake.emit('private-test-channel', 'test-event', 2);
    expect(seen).toEqual([2]);
  });

  it('events and callback are optional; channel() is Echo’s channel object', async () => {
    const client = fakeClient();
    const { controls } = mountEcho(client, () => useEcho('test-channel'));
    await settle(client);
    expect(controls.channel()).toBe(client.echo.private('test-channel'));
  });

  it('never resubscribes when dependencies change (nothing is lost in between)', async () => {
    const client = fakeClient();
    const priv = vi.spyOn(client.echo, 'private');
    const deps = reactive({ filter: 'a' });
    const seen: string[] = [];
    mountEcho(client, () => useEcho('test-channel', 'test-event', () => seen.push(deps.filter), [deps]));
    await settle(client);
    deps.filter = 'b';
    await nextTick();
    client.fake.emit('private-test-channel', 'test-event', {});
    expect(seen).toEqual(['b']);
    expect(priv).toHaveBeenCalledTimes(1);
  });
});

describe('useEchoPublic and useEchoPresence', () => {
  it('subscribe to the public / presence channel of that name', async () => {
    const client = fakeClient();
    const channel = vi.spyOn(client.echo, 'channel');
    const join = vi.spyOn(client.echo, 'join');
    const seen: unknown[] = [];
    mountEcho(client, () => useEchoPublic('posts', 'PostPublished', (e) => seen.push(e)));
    mountEcho(client, () => useEchoPresence('posts', 'PostPublished', (e) => seen.push(e)));
    await settle(client);
    expect(channel).toHaveBeenCalledWith('posts');
    expect(join).toHaveBeenCalledWith('posts');
    client.fake.emit('posts', 'PostPublished', 'public');
    client.fake.emit('presence-posts', 'PostPublished', 'presence');
    expect(seen).toEqual(['public', 'presence']);
  });
});

describe('useEchoNotification', () => {
  const notify = (client: ReturnType<typeof fakeClient>, type: string) =>
    client.fake.emit('private-App.Models.User.1', `.${NOTIFICATION}`, { id: type, type });

  it('receives every notification without a type filter', async () => {
    const client = fakeClient();
    const seen: string[] = [];
    mountEcho(client, () => useEchoNotification('App.Models.User.1', (n) => seen.push(n.type)));
    await settle(client);
    notify(client, 'App\\Notifications\\InvoicePaid');
    expect(seen).toEqual(['App\\Notifications\\InvoicePaid']);
  });

  it('filters by type, in dotted or slashed spelling', async () => {
    const client = fakeClient();
    const seen: string[] = [];
    mountEcho(client, () =>
      useEchoNotification('App.Models.User.1', (n) => seen.push(n.type), [
        'App.Notifications.InvoicePaid',
        'App\\Notifications\\OrderShipped',
      ]),
    );
    await settle(client);
    notify(client, 'App\\Notifications\\InvoicePaid');
    notify(client, 'App\\Notifications\\Other');
    notify(client, 'App\\Notifications\\OrderShipped');
    expect(seen).toEqual(['App\\Notifications\\InvoicePaid', 'App\\Notifications\\OrderShipped']);
  });

  it('can stop and start listening', async () => {
    const client = fakeClient();
    const seen: string[] = [];
    const { controls } = mountEcho(client, () =>
      useEchoNotification('App.Models.User.1', (n) => seen.push(n.id)),
    );
    await settle(client);
    controls.stopListening();
    notify(client, 'a');
    controls.listen();
    notify(client, 'b');
    expect(seen).toEqual(['b']);
  });
});

describe('useEchoModel', () => {
  it('listens to the model’s private channel with raw event names', async () => {
    const client = fakeClient();
    const seen: unknown[] = [];
    mountEcho(client, () =>
      useEchoModel<{ id: number }, 'App.Models.User'>(
        'App.Models.User',
        1,
        ['UserUpdated', '.UserDeleted'],
        (e) => seen.push(e.model),
      ),
    );
    await settle(client);
    client.fake.emit('private-App.Models.User.1', '.UserUpdated', { model: { id: 1 } });
    client.fake.emit('private-App.Models.User.1', '.UserDeleted', { model: { id: 2 } });
    expect(seen).toEqual([{ id: 1 }, { id: 2 }]);
  });
});

describe('useChannel(name, visibility) and usePresenceChannel', () => {
  it('hold the channel and return Laravel’s controls', async () => {
    const client = fakeClient();
    let priv: LaravelChannelResult<'private'> | undefined;
    let presence: ReturnType<typeof usePresenceChannel> | undefined;
    renderWith(client, () => {
      priv = useChannel('orders', 'private');
      presence = usePresenceChannel('chat');
      return () => '';
    });
    await settle(client);
    expect(client.fake.subscribedChannels().sort()).toEqual(['presence-chat', 'private-orders']);
    expect(presence?.channel()).toBe(client.echo.join('chat'));
    priv?.leaveChannel();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['presence-chat']));
  });
});

describe('useConnectionStatus and useSocketId', () => {
  it('open the connection like Laravel and follow it, reconnecting included', async () => {
    const client = fakeClient({ autoConnect: false });
    const view = renderWith(client, () => {
      const status = useConnectionStatus();
      const socketId = useSocketId();
      return () => `${status.value}|${socketId.value}`;
    });
    await nextTick();
    expect(client.hasEcho()).toBe(true);
    expect(view.text()).toBe('connecting|undefined');
    client.fake.connect();
    await nextTick();
    const first = view.text();
    expect(first).toMatch(/^connected\|\d+\.\d+$/);
    client.fake.drop();
    await nextTick();
    expect(view.text()).toBe('reconnecting|undefined');
    client.fake.reconnect();
    await nextTick();
    expect(view.text()).toMatch(/^connected\|\d+\.\d+$/);
    expect(view.text()).not.toBe(first);
  });
});
