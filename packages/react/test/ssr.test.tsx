// @vitest-environment node
import { createEchokit } from '@echokit/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EchoProvider, useChannel, useConnectionState, usePresence } from '../src/index.js';

function Page() {
  const connection = useConnectionState();
  const orders = useChannel('orders', { type: 'private', listen: { OrderShipped: () => {} } });
  const room = usePresence('room');
  return (
    <p>
      {connection.status}|{orders.status}|{room.status}|{room.count}
    </p>
  );
}

describe('server rendering', () => {
  it('renders the idle state without window and creates no connection', () => {
    expect(typeof window).toBe('undefined');
    const client = createEchokit({
      broadcaster: 'reverb',
      key: 'app-key',
      wsHost: '127.0.0.1',
      forceTLS: false,
    });
    const html = renderToString(
      <EchoProvider client={client}>
        <Page />
      </EchoProvider>,
    );
    expect(html).toBe('<p>idle<!-- -->|<!-- -->idle<!-- -->|<!-- -->idle<!-- -->|<!-- -->0</p>');
    expect(client.hasEcho()).toBe(false);
  });

  it('renders idle with a provider that creates its client from options', () => {
    const html = renderToString(
      <EchoProvider options={{ broadcaster: 'reverb', key: 'app-key', wsHost: '127.0.0.1', forceTLS: false }}>
        <Page />
      </EchoProvider>,
    );
    expect(html).toContain('idle');
    expect(html).not.toContain('pending');
  });
});
