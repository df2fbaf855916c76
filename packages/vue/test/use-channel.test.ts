import { echoIsConfigured, getEchokit } from '@echokit/core';
import { createFakeEchokit } from '@echokit/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { createApp, createSSRApp, defineComponent, effectScope, h, nextTick, ref } from 'vue';
import { renderToString } from 'vue/server-renderer';
import {
  createEchoPlugin,
  type EventMeta,
  type UseChannelResult,
  useChannel,
  usePresence,
} from '../src/index.js';
import { fakeClient, renderWith, settle } from './helpers.js';

describe('useChannel in a component', () => {
  it('shows pending then subscribed, and hands events with their meta to the callback', async () => {
    const client = fakeClient();
    const seen: [unknown, EventMeta][] = [];
    const view = renderWith(client, () => {
      const { status } = useChannel('orders.1', {
        type: 'private',
        listen: { OrderShipped: (e, meta) => seen.push([e, meta]) },
      });
      return () => status.value;
    });
    await nextTick();
    expect(view.text()).toBe('pending');
    await settle(client);
    expect(view.text()).toBe('subscribed');
    client.fake.emit('private-orders.1', 'OrderShipped', { id: 7 });
    expect(seen).toEqual([[{ id: 7 }, { event: 'OrderShipped', channel: 'private-orders.1' }]]);
  });

  it('does not re-render for events or for state it does not show', async () => {
    const client = fakeClient();
    const view = renderWith(client, () => {
      const { status } = useChannel('orders', { listen: { OrderShipped: () => {} } });
      return () => status.value;
    });
    await settle(client);
    const renders = view.counter.renders;
    client.fake.emit('orders', 'OrderShipped', {});
    client.fake.emit('orders', 'Unrelated', {});
    await nextTick();
    expect(view.counter.renders).toBe(renders);
  });

  it('calls the latest closure (a prop read at event time) without resubscribing', async () => {
    const client = fakeClient();
    const subscribe = vi.spyOn(client.echo, 'channel');
    const seen: string[] = [];
    const view = renderWith(
      client,
      (props: { label: string }) => {
        useChannel('orders', { listen: { OrderShipped: () => seen.push(props.label) } });
        return () => props.label;
      },
      { label: 'first' },
    );
    await settle(client);
    client.fake.emit('orders', 'OrderShipped', {});
    await view.rerender({ label: 'second' });
    client.fake.emit('orders', 'OrderShipped', {});
    expect(seen).toEqual(['first', 'second']);
    expect(subscribe).toHaveBeenCalledTimes(1);
  });

  it('moves the subscription when the name (a getter over a prop) changes, losing nothing', async () => {
    const client = fakeClient();
    const seen: string[] = [];
    const view = renderWith(
      client,
      (props: { room: number }) => {
        const { status } = useChannel(() => `room.${props.room}`, {
          listen: { Said: (_e, meta) => seen.push(meta.channel) },
        });
        return () => `${props.room}:${status.value}`;
      },
      { room: 1 },
    );
    await settle(client);
    expect(client.fake.subscribedChannels()).toEqual(['room.1']);
    const leave = vi.spyOn(client.echo, 'leaveChannel');
    await view.rerender({ room: 2 });
    expect(view.text()).toBe('2:pending');
    await settle(client);
    expect(view.text()).toBe('2:subscribed');
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['room.2']));
    client.fake.emit('room.1', 'Said', {});
    client.fake.emit('room.2', 'Said', {});
    expect(seen).toEqual(['room.2']);
    expect(leave.mock.calls).toEqual([['room.1']]);
  });

  it('follows a ref for `enabled`: idle and left while false, subscribed again when true', async () => {
    const client = fakeClient();
    const enabled = ref(false);
    const view = renderWith(client, () => {
      const { status } = useChannel('news', { enabled });
      return () => status.value;
    });
    await settle(client);
    expect(view.text()).toBe('idle');
    expect(client.hasEcho()).toBe(false);
    enabled.value = true;
    await settle(client);
    expect(view.text()).toBe('subscribed');
    enabled.value = false;
    await nextTick();
    expect(view.text()).toBe('idle');
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
  });

  it('leaves exactly once on unmount, even when two components shared the channel', async () => {
    const client = fakeClient();
    const leave = vi.spyOn(client.echo, 'leaveChannel');
    const show = () => {
      const { status } = useChannel('orders', { type: 'private' });
      return () => status.value;
    };
    const first = renderWith(client, show);
    const second = renderWith(client, show);
    await settle(client);
    expect(client.channel('orders', 'private').leaseCount()).toBe(2);
    first.unmount();
    expect(client.channel('orders', 'private').leaseCount()).toBe(1);
    second.unmount();
    await vi.waitFor(() => expect(leave).toHaveBeenCalledTimes(1));
    expect(leave).toHaveBeenCalledWith('private-orders');
    expect(client.fake.subscribedChannels()).toEqual([]);
  });

  it('receives Laravel notifications on a private user channel', async () => {
    const client = fakeClient();
    const seen: unknown[] = [];
    renderWith(client, () => {
      useChannel('App.Models.User.1', { type: 'private', notification: (n) => seen.push(n) });
      return () => '';
    });
    await settle(client);
    const notification = { id: 'n1', type: 'App\\Notifications\\InvoicePaid', amount: 5 };
    client.fake.emit(
      'private-App.Models.User.1',
      '.Illuminate\\Notifications\\Events\\BroadcastNotificationCreated',
      notification,
    );
    expect(seen).toEqual([notification]);
  });

  it('reports an auth failure as status error with the endpoint status', async () => {
    const client = fakeClient();
    client.fake.rejectAuth('private-admin', { status: 403 });
    const view = renderWith(client, () => {
      const { status, error } = useChannel('admin', { type: 'private' });
      return () => `${status.value}:${error.value?.status}`;
    });
    await settle(client);
    expect(view.text()).toBe('error:403');
  });

  it('whispers on a private channel, and refuses on a public one', async () => {
    const client = fakeClient();
    let priv: UseChannelResult | undefined;
    let pub: UseChannelResult | undefined;
    renderWith(client, () => {
      priv = useChannel('chat', { type: 'private' });
      pub = useChannel('lobby');
      return () => '';
    });
    await settle(client);
    expect(priv?.whisper('typing', { name: 'Ada' })).toBe(true);
    expect(pub?.whisper('typing', { name: 'Ada' })).toBe(false);
    expect(client.fake.whispers).toEqual([
      { channel: 'private-chat', event: 'typing', payload: { name: 'Ada' } },
    ]);
    expect(priv?.channel.value).toBe(client.channel('chat', 'private'));
  });

  it('calls onResync once per reconnect (not on the first subscribe)', async () => {
    const client = fakeClient();
    const onResync = vi.fn();
    renderWith(client, () => {
      useChannel('orders', { onResync });
      return () => '';
    });
    await settle(client);
    expect(onResync).not.toHaveBeenCalled();
    client.fake.drop();
    client.fake.reconnect();
    await settle(client);
    expect(onResync).toHaveBeenCalledTimes(1);
    expect(onResync).toHaveBeenCalledWith({ channel: 'orders', recovered: false, replayed: 0 });
  });

  it('leave() leaves now and shows idle', async () => {
    const client = fakeClient();
    let channel: UseChannelResult | undefined;
    const view = renderWith(client, () => {
      channel = useChannel('orders');
      return () => channel?.status.value;
    });
    await settle(client);
    channel?.leave();
    await nextTick();
    expect(view.text()).toBe('idle');
    expect(client.fake.subscribedChannels()).toEqual([]);
  });
});

describe('useChannel outside components', () => {
  it('works in effectScope() with the default client, without warnings, and leaves when the scope stops', async () => {
    const client = fakeClient();
    const warn = vi.spyOn(console, 'warn');
    const seen: unknown[] = [];
    const scope = effectScope();
    const channel = scope.run(() => useChannel('orders', { listen: { OrderShipped: (e) => seen.push(e) } }));
    expect(channel?.status.value).toBe('pending');
    await settle(client);
    expect(channel?.status.value).toBe('subscribed');
    client.fake.emit('orders', 'OrderShipped', { id: 1 });
    expect(seen).toEqual([{ id: 1 }]);
    scope.stop();
    expect(channel?.status.value).toBe('idle');
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]));
    expect(warn).not.toHaveBeenCalled();
  });

  it('throws Laravel’s "not configured" error when there is no plugin and no default client', () => {
    expect(() => effectScope().run(() => useChannel('orders'))).toThrow('Echo has not been configured');
  });
});

describe('useChannel in a Pinia-style store (app.runWithContext + effectScope)', () => {
  it('uses the client the plugin provided, not the default one', async () => {
    const fallback = fakeClient();
    const provided = createFakeEchokit();
    const app = createApp({ render: () => null }).use(createEchoPlugin(provided));
    const warn = vi.spyOn(console, 'warn');
    const scope = effectScope(true);
    const store = app.runWithContext(() => scope.run(() => useChannel('orders')));
    await settle(provided);
    expect(store?.status.value).toBe('subscribed');
    expect(provided.fake.subscribedChannels()).toEqual(['orders']);
    expect(fallback.hasEcho()).toBe(false);
    scope.stop();
    await vi.waitFor(() => expect(provided.fake.subscribedChannels()).toEqual([]));
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('createEchoPlugin', () => {
  it('makes its client the default while the app lives, and destroys a client it created on unmount', async () => {
    const plugin = createEchoPlugin({ broadcaster: 'null' });
    const app = createApp({ render: () => null }).use(plugin);
    expect(getEchokit()).toBe(plugin.client);
    const channel = effectScope().run(() => useChannel('orders'));
    expect(channel?.status.value).toBe('subscribed'); // the null broadcaster acknowledges nothing
    app.mount(document.createElement('div'));
    app.unmount();
    expect(echoIsConfigured()).toBe(false);
    expect(plugin.client.hasEcho()).toBe(false);
  });

  it('leaves a client it was given alone, and does not replace a configured default', () => {
    const configured = fakeClient();
    const given = createFakeEchokit();
    const app = createApp({ render: () => null }).use(createEchoPlugin(given));
    expect(getEchokit()).toBe(configured);
    app.mount(document.createElement('div'));
    given.connect();
    app.unmount();
    expect(given.hasEcho()).toBe(true);
    expect(getEchokit()).toBe(configured);
  });
});

describe('hydration', () => {
  it('hydrates server HTML without a mismatch, then subscribes', async () => {
    const client = fakeClient();
    const Page = defineComponent({
      setup() {
        const { status } = useChannel('orders');
        const { members } = usePresence('chat');
        return () => h('p', `${status.value} ${members.value.length}`);
      },
    });
    const container = document.createElement('div');
    container.innerHTML = await renderToString(createSSRApp(Page).use(createEchoPlugin(client)));
    expect(container.innerHTML).toBe('<p>idle 0</p>');
    expect(client.hasEcho()).toBe(false);
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    createSSRApp(Page).use(createEchoPlugin(client)).mount(container);
    await settle(client);
    expect(container.innerHTML).toBe('<p>subscribed 1</p>');
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
