import { setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit, type FakeEchokit } from '@echokit/core/testing';
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Connection from './components/Connection.svelte';

let client: FakeEchokit;

beforeEach(() => {
  client = createFakeEchokit();
  setDefaultEchokit(client);
});

afterEach(() => {
  setDefaultEchokit(null);
  client.destroy();
});

const text = (id: string) => screen.getByTestId(id).textContent;

describe('useConnectionState in a component', () => {
  it('shows the connection and fires onResync once per reconnect, until unmounted', async () => {
    const onResync = vi.fn();
    const { unmount } = render(Connection, { onResync });
    expect(text('status')).toBe('idle');
    client.connect();
    await waitFor(() => expect(text('status')).toBe('connected'));
    expect(text('socket')).toBe(client.socketId());
    expect(onResync).not.toHaveBeenCalled();
    client.fake.drop();
    await waitFor(() => expect(text('status')).toBe('reconnecting'));
    expect(text('socket')).toBe('none');
    client.fake.reconnect();
    await waitFor(() => expect(text('status')).toBe('connected'));
    expect(onResync).toHaveBeenCalledTimes(1);
    unmount();
    client.fake.drop();
    client.fake.reconnect();
    expect(onResync).toHaveBeenCalledTimes(1);
  });
});
