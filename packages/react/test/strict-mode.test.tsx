import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useChannel, usePresence } from '../src/index.js';
import { settle, setup, WAIT } from './render-with-client.js';

afterEach(cleanup);

function Both() {
  const orders = useChannel('orders', { type: 'private', listen: { '.x': () => {} } });
  const room = usePresence('room');
  return (
    <p>
      {orders.status} {room.status} {room.count}
    </p>
  );
}

describe('StrictMode', () => {
  it('mount → unmount → mount subscribes each channel once, and unmount leaves each once', async () => {
    const { client, render } = setup({ strict: true });
    const pusher = client.echo.connector.pusher;
    const subscribe = vi.spyOn(pusher, 'subscribe');
    const unsubscribe = vi.spyOn(pusher, 'unsubscribe');
    const { unmount } = render(<Both />);
    await settle(client);
    expect(screen.getByText('subscribed subscribed 1')).toBeTruthy();
    expect(subscribe.mock.calls.map(([name]) => name).sort()).toEqual(['presence-room', 'private-orders']);
    expect(unsubscribe).not.toHaveBeenCalled();
    expect(client.channel('orders', 'private').leaseCount()).toBe(1);
    expect(client.presence('room').leaseCount()).toBe(1);

    unmount();
    await vi.waitFor(() => expect(unsubscribe).toHaveBeenCalledTimes(2), WAIT);
    expect(unsubscribe.mock.calls.map(([name]) => name).sort()).toEqual(['presence-room', 'private-orders']);
    expect(subscribe).toHaveBeenCalledTimes(2);
  });
});
