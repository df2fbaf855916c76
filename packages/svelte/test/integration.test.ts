import { setDefaultEchokit } from '@echokit/core';
import { type AuthEndpoint, startLaravelAuthEndpoint } from '@echokit/test-kit';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EchokitClient } from '../src/index.js';
import Channel from './components/Channel.svelte';
import Connection from './components/Connection.svelte';
import Presence from './components/Presence.svelte';
import { type ServerProcess, startServerProcess } from './helpers/server-process.js';
import { APP, createReverbClient } from './helpers/test-app.js';

// The real bundled server (in a child process), real laravel-echo + pusher-js in jsdom, and components
// rendered by Testing Library.

const ADA = { id: 1, name: 'Ada' };
const GRACE = { id: 2, name: 'Grace' };
const LONG = { timeout: 10_000 };

let server: ServerProcess;
let auth: AuthEndpoint;
const clients: EchokitClient[] = [];

/** A client for `user` that becomes the default for the components rendered next. */
function signIn(user: typeof ADA): EchokitClient {
  const client = createReverbClient(server.port, auth.url, user);
  clients.push(client);
  setDefaultEchokit(client);
  return client;
}

beforeEach(async () => {
  server = await startServerProcess();
  auth = await startLaravelAuthEndpoint(APP);
});

afterEach(async () => {
  setDefaultEchokit(null);
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
  await auth.close();
});

// Each test waits on real sockets and pusher-js's own retry back-off: generous bounds, no asserted timings.
describe('against the real server', { timeout: 30_000 }, () => {
  it('subscribes and receives a server event', async () => {
    signIn(ADA);
    const received: string[] = [];
    render(Channel, { name: 'chat.1', received });
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('subscribed'), LONG);
    await server.publish({
      channels: ['chat.1'],
      event: 'App\\Events\\MessagePosted',
      data: JSON.stringify({ text: 'hello' }),
    });
    await waitFor(() => expect(received).toEqual(['MessagePosted:hello']), LONG);
  });

  it('shows two clients in one presence channel, and a whisper from one reaches the other', async () => {
    signIn(ADA);
    const ada = render(Presence, { name: 'room' });
    const adaChannel = render(Channel, { name: 'room', type: 'presence' });
    signIn(GRACE);
    const graceReceived: string[] = [];
    const grace = render(Presence, { name: 'room' });
    const graceChannel = render(Channel, { name: 'room', type: 'presence', received: graceReceived });
    const names = (view: typeof ada) =>
      within(view.container)
        .queryAllByRole('listitem')
        .map((li) => li.textContent);
    await waitFor(() => expect(names(ada)).toEqual(['Ada', 'Grace']), LONG);
    await waitFor(() => expect(names(grace)).toEqual(['Ada', 'Grace']), LONG);
    expect(within(grace.container).getByTestId('me').textContent).toBe('Grace');
    await waitFor(
      () => expect(within(graceChannel.container).getByTestId('status').textContent).toBe('subscribed'),
      LONG,
    );
    within(adaChannel.container).getByText('type').click();
    await waitFor(() => expect(graceReceived).toEqual(['typing:Ada']), LONG);
    grace.unmount();
    graceChannel.unmount();
    await waitFor(() => expect(names(ada)).toEqual(['Ada']), LONG);
  });

  it('on a server restart shows reconnecting, then connected, and calls onResync once', async () => {
    signIn(ADA);
    const connectionResync = vi.fn();
    const channelResync = vi.fn();
    const connection = render(Connection, { onResync: connectionResync });
    const channel = render(Channel, { name: 'chat.1', onResync: channelResync });
    const status = (view: typeof channel) => within(view.container).getByTestId('status').textContent;
    await waitFor(() => expect(status(channel)).toBe('subscribed'), LONG);
    expect(status(connection)).toBe('connected');

    const port = server.port;
    await server.close();
    await waitFor(() => expect(status(connection)).toBe('reconnecting'), LONG);
    expect(status(channel)).toBe('pending');
    server = await startServerProcess(port);

    // pusher-js retries with its own back-off (about 15 s here), hence the long bound.
    await waitFor(() => expect(status(connection)).toBe('connected'), { timeout: 45_000 });
    await waitFor(() => expect(status(channel)).toBe('subscribed'), LONG);
    await waitFor(() => expect(channelResync).toHaveBeenCalledTimes(1), LONG);
    expect(channelResync).toHaveBeenCalledWith({ channel: 'chat.1', recovered: false, replayed: 0 });
    expect(connectionResync).toHaveBeenCalledTimes(1);
  }, 90_000);
});
