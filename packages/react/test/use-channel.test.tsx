import { act, cleanup, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type UseChannelOptions, type UseChannelResult, useChannel } from '../src/index.js';
import { settle, setup, WAIT } from './render-with-client.js';

afterEach(cleanup);

function Orders(props: { name?: string; options?: UseChannelOptions; onRender?: () => void }) {
  props.onRender?.();
  const { status, error } = useChannel(props.name ?? 'orders', props.options);
  return (
    <p>
      {status}
      {error ? ` ${error.status}` : ''}
    </p>
  );
}

describe('useChannel', () => {
  it('subscribes on mount: pending, then subscribed', async () => {
    const { client, render } = setup();
    render(<Orders />);
    expect(screen.getByText('pending')).toBeTruthy();
    await settle(client);
    expect(screen.getByText('subscribed')).toBeTruthy();
    expect(client.fake.subscribedChannels()).toEqual(['orders']);
  });

  it('delivers events with meta, and an unrelated event does not re-render', async () => {
    const { client, render } = setup();
    const seen: unknown[] = [];
    let renders = 0;
    render(
      <Orders
        options={{ listen: { OrderShipped: (e, meta) => seen.push([e, meta.event, meta.channel]) } }}
        onRender={() => renders++}
      />,
    );
    await settle(client);
    const before = renders;
    act(() => client.fake.emit('orders', 'OrderShipped', { id: 7 }));
    act(() => client.fake.emit('orders', 'SomethingElse', { id: 8 }));
    expect(seen).toEqual([[{ id: 7 }, 'OrderShipped', 'orders']]);
    expect(renders).toBe(before);
  });

  it('calls the latest closure without resubscribing', async () => {
    const { client, render } = setup();
    const subscribe = vi.spyOn(client.echo.connector.pusher, 'subscribe');
    const seen: string[] = [];
    function Counter() {
      const [count, setCount] = useState(0);
      useChannel('orders', { listen: { '.tick': () => seen.push(`count was ${count}`) } });
      return (
        <button type="button" onClick={() => setCount((c) => c + 1)}>
          {count}
        </button>
      );
    }
    render(<Counter />);
    await settle(client);
    act(() => screen.getByRole('button').click());
    act(() => screen.getByRole('button').click());
    act(() => client.fake.emit('orders', '.tick', {}));
    expect(seen).toEqual(['count was 2']);
    expect(subscribe).toHaveBeenCalledTimes(1);
  });

  it('listens to events added on a later render without resubscribing', async () => {
    const { client, render } = setup();
    const subscribe = vi.spyOn(client.echo.connector.pusher, 'subscribe');
    const seen: string[] = [];
    const { rerender } = render(<Orders options={{ listen: { '.a': () => seen.push('a') } }} />);
    await settle(client);
    rerender(<Orders options={{ listen: { '.b': () => seen.push('b') } }} />);
    act(() => client.fake.emit('orders', '.a', {}));
    act(() => client.fake.emit('orders', '.b', {}));
    expect(seen).toEqual(['b']);
    expect(subscribe).toHaveBeenCalledTimes(1);
  });

  it('moves the subscription when the name changes', async () => {
    const { client, render } = setup();
    const seen: string[] = [];
    const options = { listen: { '.e': (_: unknown, meta: { channel: string }) => seen.push(meta.channel) } };
    const { rerender } = render(<Orders name="a" options={options} />);
    await settle(client);
    rerender(<Orders name="b" options={options} />);
    await settle(client);
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['b']), WAIT);
    expect(screen.getByText('subscribed')).toBeTruthy();
    act(() => client.fake.emit('b', '.e', {}));
    expect(seen).toEqual(['b']);
  });

  it('enabled: false releases the channel and shows idle; true subscribes again', async () => {
    const { client, render } = setup();
    const { rerender } = render(<Orders options={{ enabled: false }} />);
    await settle(client);
    expect(screen.getByText('idle')).toBeTruthy();
    expect(client.hasEcho()).toBe(false);
    rerender(<Orders options={{ enabled: true }} />);
    await settle(client);
    expect(screen.getByText('subscribed')).toBeTruthy();
    rerender(<Orders options={{ enabled: false }} />);
    expect(screen.getByText('idle')).toBeTruthy();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]), WAIT);
  });

  it('unmount leaves exactly once, also when two components share the channel', async () => {
    const { client, render } = setup();
    const leave = vi.spyOn(client.echo, 'leaveChannel');
    const subscribe = vi.spyOn(client.echo.connector.pusher, 'subscribe');
    const { unmount } = render(
      <>
        <Orders />
        <Orders />
      </>,
    );
    await settle(client);
    expect(subscribe).toHaveBeenCalledTimes(1);
    unmount();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]), WAIT);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(leave).toHaveBeenCalledWith('orders');
  });

  it('shows an auth error with its HTTP status', async () => {
    const { client, render } = setup();
    client.fake.rejectAuth('private-admin', { status: 403 });
    const onError = vi.fn();
    render(<Orders name="admin" options={{ type: 'private', onError }} />);
    await settle(client);
    expect(screen.getByText('error 403')).toBeTruthy();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('whispers to the channel and receives whispers', async () => {
    const { client, render } = setup();
    const heard: unknown[] = [];
    let send: UseChannelResult['whisper'] = () => false;
    function Chat() {
      const chat = useChannel('chat', { type: 'private', whispers: { typing: (e) => heard.push(e) } });
      send = chat.whisper;
      return <p>{chat.status}</p>;
    }
    render(<Chat />);
    await settle(client);
    expect(send('typing', { name: 'Ada' })).toBe(true);
    expect(client.fake.whispers).toEqual([
      { channel: 'private-chat', event: 'typing', payload: { name: 'Ada' } },
    ]);
    act(() => client.fake.whisper('private-chat', 'typing', { name: 'Grace' }));
    expect(heard).toEqual([{ name: 'Grace' }]);
  });

  it('calls onResync once per reconnect and keeps the status honest meanwhile', async () => {
    const { client, render } = setup();
    const onResync = vi.fn();
    render(<Orders options={{ onResync }} />);
    await settle(client);
    act(() => client.fake.drop());
    expect(screen.getByText('pending')).toBeTruthy();
    act(() => client.fake.reconnect());
    await settle(client);
    expect(screen.getByText('subscribed')).toBeTruthy();
    expect(onResync).toHaveBeenCalledTimes(1);
    expect(onResync).toHaveBeenCalledWith({ channel: 'orders', recovered: false, replayed: 0 });
  });

  it('leave() leaves at once; the result object keeps its identity between unrelated renders', async () => {
    const { client, render } = setup();
    const results: UseChannelResult[] = [];
    function Holder({ n }: { n: number }) {
      results.push(useChannel('orders'));
      return <p>{n}</p>;
    }
    const { rerender } = render(<Holder n={1} />);
    await settle(client);
    rerender(<Holder n={2} />);
    expect(results.at(-1)).toBe(results.at(-2));
    act(() => results.at(-1)?.leave());
    expect(results.at(-1)?.status).toBe('idle');
    expect(client.fake.subscribedChannels()).toEqual([]);
  });

  it('receives Laravel notifications on a private user channel', async () => {
    const { client, render } = setup();
    const received: unknown[] = [];
    render(
      <Orders
        name="App.Models.User.1"
        options={{ type: 'private', notification: (n) => received.push(n) }}
      />,
    );
    await settle(client);
    const payload = { id: 'n1', type: 'App\\Notifications\\InvoicePaid', amount: 3 };
    act(() =>
      client.fake.emit(
        'private-App.Models.User.1',
        '.Illuminate\\Notifications\\Events\\BroadcastNotificationCreated',
        payload,
      ),
    );
    expect(received).toEqual([payload]);
  });
});
