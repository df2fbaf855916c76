import { act, cleanup, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useChannel, useConnectionState } from '../src/index.js';
import { settle, setup } from './render-with-client.js';

afterEach(cleanup);

describe('useConnectionState', () => {
  it('is idle until something connects, and opens nothing by itself', () => {
    const { client, render } = setup();
    function Status() {
      return <p>{useConnectionState().status}</p>;
    }
    render(<Status />);
    expect(screen.getByText('idle')).toBeTruthy();
    expect(client.hasEcho()).toBe(false);
  });

  it('follows connected → reconnecting → connected and calls the latest onResync once per reconnect', async () => {
    const { client, render } = setup();
    const resyncs: string[] = [];
    function Status() {
      const [label, setLabel] = useState('a');
      const { status, socketId, attempt } = useConnectionState({ onResync: () => resyncs.push(label) });
      useChannel('orders');
      return (
        <button type="button" onClick={() => setLabel('b')}>
          {status} {socketId ?? 'none'} {attempt}
        </button>
      );
    }
    render(<Status />);
    await settle(client);
    expect(screen.getByRole('button').textContent).toMatch(/^connected \d+\.\d+ 0$/);
    expect(resyncs).toEqual([]);
    act(() => client.fake.drop());
    expect(screen.getByRole('button').textContent).toMatch(/^reconnecting none [1-9]/);
    act(() => screen.getByRole('button').click());
    act(() => client.fake.reconnect());
    await settle(client);
    expect(screen.getByRole('button').textContent).toMatch(/^connected \d+\.\d+ 0$/);
    expect(resyncs).toEqual(['b']);
    act(() => client.fake.drop());
    act(() => client.fake.reconnect());
    expect(resyncs).toEqual(['b', 'b']);
  });

  it('reports a refused app as failed with its Pusher code', async () => {
    const { client, render } = setup();
    function Status() {
      const { status, lastError } = useConnectionState();
      useChannel('orders');
      return (
        <p>
          {status} {lastError?.code ?? '-'}
        </p>
      );
    }
    render(<Status />);
    await settle(client);
    act(() => client.fake.refuse(4001));
    expect(screen.getByText('failed 4001')).toBeTruthy();
  });
});
