// The hooks against the real bundled server, with real laravel-echo + pusher-js (inside core) in jsdom.
import type { EchokitClient } from '@echokit/core';
import type { RunningServer } from '@echokit/server';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EchoProvider, useChannel, useConnectionState, usePresence } from '../src/index.js';
import { type LiveUser, liveClient, officialSdk, startLiveServer } from './live-server.js';

// Real sockets: allow more than vitest's default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });
const WAIT = { timeout: 10_000 };
// pusher-js retries at once while the server is still closing; that attempt only gives up after its 10 s
// unavailable timeout, and the next one comes 5 s later (a server restart takes ~16 s end to end).
const RESTART_WAIT = { timeout: 30_000 };
const ada: LiveUser = { id: 1, info: { name: 'Ada' } };
const bob: LiveUser = { id: 2, info: { name: 'Bob' } };

let server: RunningServer | undefined;
const clients: EchokitClient<'reverb'>[] = [];
function client(user: LiveUser): EchokitClient<'reverb'> {
  if (!server) throw new Error('start the server first');
  const made = liveClient(server, user);
  clients.push(made);
  return made;
}

afterEach(async () => {
  cleanup();
  for (const made of clients.splice(0)) made.destroy();
  await server?.close();
  server = undefined;
});

/** The README's chat: members, a typing indicator by whisper, and the connection banner. */
function Chat({ testId, onResync }: { testId: string; onResync?: () => void }) {
  const [typing, setTyping] = useState('');
  const connection = useConnectionState({ onResync });
  const { members, me, status, whisper } = usePresence<{ name: string }>('chat.1', {
    whispers: { typing: (e: { name: string }) => setTyping(`${e.name} is typing`) },
  });
  return (
    <div data-testid={testId}>
      <p>
        {connection.status} {status}: {members.map((m) => m.info.name).join(',')}
      </p>
      <p>{typing}</p>
      <button type="button" onClick={() => whisper('typing', { name: me?.info.name ?? '?' })}>
        type
      </button>
    </div>
  );
}

const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';

/** Ada and Bob in the same chat, each with their own client; resolves once both see both. */
async function renderAdaAndBob(onAdaResync?: () => void) {
  render(
    <>
      <EchoProvider client={client(ada)}>
        <Chat testId="ada" onResync={onAdaResync} />
      </EchoProvider>
      <EchoProvider client={client(bob)}>
        <Chat testId="bob" />
      </EchoProvider>
    </>,
  );
  await waitFor(() => expect(text('ada')).toContain('connected subscribed: Ada,Bob'), WAIT);
  await waitFor(() => expect(text('bob')).toContain('connected subscribed: Ada,Bob'), WAIT);
}

describe('against the real server', () => {
  it('subscribes and receives events published through the HTTP API (official SDK) and the adapter', async () => {
    server = await startLiveServer();
    const seen: unknown[] = [];
    function Orders() {
      const { status } = useChannel('orders.1', {
        type: 'private',
        listen: { '.shipped': (e) => seen.push(e) },
      });
      return <p>{status}</p>;
    }
    render(
      <EchoProvider client={client(ada)}>
        <Orders />
      </EchoProvider>,
    );
    await waitFor(() => expect(screen.getByText('subscribed')).toBeTruthy(), WAIT);
    await officialSdk(server).trigger('private-orders.1', 'shipped', { id: 1 });
    await server.adapter.publish({
      appId: 'app-id',
      channels: ['private-orders.1'],
      event: 'shipped',
      data: '{"id":2}',
    });
    await waitFor(() => expect(seen).toEqual([{ id: 1 }, { id: 2 }]), WAIT);
  });

  it('shows two clients in presence and delivers a whisper to the other one only', async () => {
    server = await startLiveServer();
    await renderAdaAndBob();
    act(() => screen.getAllByRole('button')[0]?.click());
    await waitFor(() => expect(text('bob')).toContain('Ada is typing'), WAIT);
    expect(text('ada')).not.toContain('typing');
  });

  it('StrictMode sends one pusher:subscribe frame per channel', async () => {
    server = await startLiveServer();
    const made = client(ada);
    const frames: string[] = [];
    const pusher = made.echo.connector.pusher;
    const send = pusher.send_event.bind(pusher);
    vi.spyOn(pusher, 'send_event').mockImplementation((name: string, data: unknown, channel?: string) => {
      if (name === 'pusher:subscribe') frames.push((data as { channel: string }).channel);
      return send(name, data, channel);
    });
    render(
      <StrictMode>
        <EchoProvider client={made}>
          <Chat testId="ada" />
        </EchoProvider>
      </StrictMode>,
    );
    await waitFor(() => expect(text('ada')).toContain('connected subscribed: Ada'), WAIT);
    expect(frames).toEqual(['presence-chat.1']);
    const info = await server.adapter.channel('app-id', 'presence-chat.1');
    expect(info).toMatchObject({ subscriptionCount: 1, userCount: 1 });
  });

  it('server restart: reconnecting, then connected with members kept, and onResync once', async () => {
    server = await startLiveServer();
    const port = server.port;
    const resyncs = vi.fn();
    await renderAdaAndBob(resyncs);
    const statuses: string[] = [];
    const stop = clients[0]?.connection.subscribe(() => {
      statuses.push(clients[0]?.connection.getSnapshot().status ?? '');
    });
    await server.close();
    await waitFor(() => expect(text('ada')).toMatch(/^reconnecting pending: Ada,Bob/), WAIT);
    server = await startLiveServer(port);
    await waitFor(() => expect(text('ada')).toContain('connected subscribed: Ada,Bob'), RESTART_WAIT);
    await waitFor(() => expect(text('bob')).toContain('connected subscribed: Ada,Bob'), RESTART_WAIT);
    expect(resyncs).toHaveBeenCalledTimes(1);
    stop?.();
    expect(statuses).toContain('reconnecting');
    expect(statuses.at(-1)).toBe('connected');
    expect(statuses).not.toContain('failed');
  }, 60_000);
});
