// @vitest-environment node
import { setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit } from '@echokit/core/testing';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { useEcho, useEchoNotification, useEchoPresence } from '../src/index.js';
import Channel from './components/Channel.svelte';
import Connection from './components/Connection.svelte';
import Hook from './components/Hook.svelte';
import Presence from './components/Presence.svelte';

afterEach(() => setDefaultEchokit(null));

describe('server rendering (svelte/server, no window)', () => {
  it('renders the idle state and creates no Echo instance or socket', () => {
    expect(typeof window).toBe('undefined');
    const client = createFakeEchokit();
    setDefaultEchokit(client);
    const channel = render(Channel, { props: { name: 'chat.1', type: 'private' } });
    const presence = render(Presence, { props: { name: 'room' } });
    const connection = render(Connection, { props: {} });
    expect(channel.body).toContain('<p data-testid="status">idle</p>');
    expect(presence.body).toContain('<p data-testid="status">idle</p>');
    expect(presence.body).toContain('<p data-testid="count">0</p>');
    expect(connection.body).toContain('<p data-testid="status">idle</p>');
    expect(client.hasEcho()).toBe(false);
    expect(client.channel('chat.1', 'private').leaseCount()).toBe(0);
  });

  it('the Laravel hooks join nothing on the server', () => {
    const client = createFakeEchokit();
    setDefaultEchokit(client);
    render(Hook, {
      props: {
        setup: () => {
          useEcho('orders.1', 'OrderShipped', () => {});
          useEchoPresence('room', 'Posted', () => {});
          useEchoNotification('App.Models.User.1', () => {});
        },
      },
    });
    expect(client.hasEcho()).toBe(false);
    expect(client.channel('orders.1', 'private').leaseCount()).toBe(0);
  });

  it('works with a real (not fake) client configured by configureEcho', async () => {
    const { configureEcho, getEchokit } = await import('@echokit/core');
    configureEcho({ broadcaster: 'reverb', key: 'app-key', wsHost: '127.0.0.1', wsPort: 1, forceTLS: false });
    const html = render(Channel, { props: { name: 'chat.1' } }).body;
    expect(html).toContain('<p data-testid="status">idle</p>');
    expect(getEchokit().hasEcho()).toBe(false);
  });
});
