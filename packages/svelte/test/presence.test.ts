import { setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit, type FakeEchokit } from '@echokit/core/testing';
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PresenceState } from '../src/index.js';
import Presence from './components/Presence.svelte';

let client: FakeEchokit;

beforeEach(() => {
  client = createFakeEchokit({ user: { id: 1, info: { name: 'Ada' } } });
  client.fake.join('presence-room', { id: 2, info: { name: 'Grace' } });
  setDefaultEchokit(client);
});

afterEach(() => {
  setDefaultEchokit(null);
  client.destroy();
});

const names = () => screen.queryAllByRole('listitem').map((li) => li.textContent);

describe('usePresence in a component', () => {
  it('shows the members, me and the count once subscribed', async () => {
    render(Presence, { name: 'room' });
    await waitFor(() => expect(names()).toEqual(['Ada', 'Grace']));
    expect(screen.getByTestId('me').textContent).toBe('Ada');
    expect(screen.getByTestId('count').textContent).toBe('2');
  });

  it('a join produces exactly one new state and calls onJoin; a leave calls onLeave', async () => {
    const states: PresenceState<{ name: string }>[] = [];
    const joins: string[] = [];
    const leaves: string[] = [];
    render(Presence, {
      name: 'room',
      joins,
      leaves,
      onState: (s: PresenceState<{ name: string }>) => states.push(s),
    });
    await waitFor(() => expect(names()).toEqual(['Ada', 'Grace']));
    const before = states.length;
    client.fake.join('presence-room', { id: 3, info: { name: 'Linus' } });
    await waitFor(() => expect(names()).toEqual(['Ada', 'Grace', 'Linus']));
    expect(states.length).toBe(before + 1);
    expect(joins).toEqual(['Linus']);
    client.fake.emit('presence-room', 'Unrelated', {});
    await client.fake.flush();
    expect(states.length).toBe(before + 1);
    client.fake.leave('presence-room', 2);
    await waitFor(() => expect(names()).toEqual(['Ada', 'Linus']));
    expect(leaves).toEqual(['Grace']);
  });

  it('keeps the members on screen through a reconnect and shows the real changes after it', async () => {
    const states: PresenceState<{ name: string }>[] = [];
    const joins: string[] = [];
    render(Presence, {
      name: 'room',
      joins,
      onState: (s: PresenceState<{ name: string }>) => states.push(s),
    });
    await waitFor(() => expect(names()).toEqual(['Ada', 'Grace']));
    const fromHere = states.length;
    client.fake.drop();
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('pending'));
    expect(names()).toEqual(['Ada', 'Grace']);
    client.fake.join('presence-room', { id: 4, info: { name: 'Barbara' } }); // joined while we were away
    client.fake.reconnect();
    await waitFor(() => expect(names()).toEqual(['Ada', 'Grace', 'Barbara']));
    expect(joins).toEqual(['Barbara']);
    expect(states.slice(fromHere).map((s) => s.members.length)).not.toContain(0);
  });

  it('moves to another room when the name changes, leaving the first', async () => {
    client.fake.join('presence-other', { id: 5, info: { name: 'Ken' } });
    const view = render(Presence, { name: 'room' });
    await waitFor(() => expect(names()).toEqual(['Ada', 'Grace']));
    await view.rerender({ name: 'other' });
    await waitFor(() => expect(names()).toEqual(['Ada', 'Ken']));
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual(['presence-other']));
  });
});
