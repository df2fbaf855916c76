import { act, cleanup, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePresence } from '../src/index.js';
import { settle, setup, WAIT } from './render-with-client.js';

afterEach(cleanup);

interface Info {
  name: string;
}

const ada = { id: 1, info: { name: 'Ada' } };

describe('usePresence', () => {
  it('lists members and me; a join re-renders once, an unrelated event not at all', async () => {
    const { client, render } = setup({ user: ada });
    let renders = 0;
    function Room() {
      renders++;
      const { members, me, count } = usePresence<Info>('room', { listen: { '.msg': () => {} } });
      return (
        <p>
          {count}: {members.map((m) => m.info.name).join(',')} (me {me?.info.name ?? '-'})
        </p>
      );
    }
    render(<Room />);
    await settle(client);
    expect(screen.getByText('1: Ada (me Ada)')).toBeTruthy();
    let before = renders;
    act(() => client.fake.join('presence-room', { id: 2, info: { name: 'Grace' } }));
    expect(screen.getByText('2: Ada,Grace (me Ada)')).toBeTruthy();
    expect(renders - before).toBe(1);
    before = renders;
    act(() => client.fake.emit('presence-room', '.msg', { text: 'hi' }));
    act(() => client.fake.whisper('presence-room', 'typing', {}, 2));
    expect(renders).toBe(before);
  });

  it('calls the latest onJoin / onLeave', async () => {
    const { client, render } = setup({ user: ada });
    const events: string[] = [];
    function Room() {
      const [label, setLabel] = useState('first');
      usePresence<Info>('room', {
        onJoin: (m) => events.push(`${label} join ${m.info.name}`),
        onLeave: (m) => events.push(`${label} leave ${m.info.name}`),
      });
      return (
        <button type="button" onClick={() => setLabel('second')}>
          {label}
        </button>
      );
    }
    render(<Room />);
    await settle(client);
    act(() => client.fake.join('presence-room', { id: 2, info: { name: 'Grace' } }));
    act(() => screen.getByRole('button').click());
    act(() => client.fake.leave('presence-room', 2));
    expect(events).toEqual(['first join Grace', 'second leave Grace']);
  });

  it('keeps members on screen through a reconnect and shows the changes made meanwhile', async () => {
    const { client, render } = setup({ user: ada });
    const counts: number[] = [];
    const joined = vi.fn();
    function Room() {
      const { members, status } = usePresence<Info>('room', { onJoin: (m) => joined(m.id) });
      counts.push(members.length);
      return (
        <p>
          {status} {members.map((m) => m.info.name).join(',')}
        </p>
      );
    }
    client.fake.join('presence-room', { id: 2, info: { name: 'Grace' } });
    render(<Room />);
    await settle(client);
    expect(screen.getByText('subscribed Ada,Grace')).toBeTruthy();
    counts.length = 0;
    act(() => client.fake.drop());
    expect(screen.getByText('pending Ada,Grace')).toBeTruthy();
    act(() => {
      client.fake.leave('presence-room', 2);
      client.fake.join('presence-room', { id: 3, info: { name: 'Linus' } });
    });
    act(() => client.fake.reconnect());
    await settle(client);
    expect(screen.getByText('subscribed Ada,Linus')).toBeTruthy();
    expect(counts).not.toContain(0);
    expect(joined.mock.calls).toEqual([['3']]);
  });

  it('enabled: false shows no members and idle', async () => {
    const { client, render } = setup({ user: ada });
    function Room({ on }: { on: boolean }) {
      const { status, count } = usePresence('room', { enabled: on });
      return (
        <p>
          {status} {count}
        </p>
      );
    }
    const { rerender } = render(<Room on />);
    await settle(client);
    expect(screen.getByText('subscribed 1')).toBeTruthy();
    rerender(<Room on={false} />);
    expect(screen.getByText('idle 0')).toBeTruthy();
    await vi.waitFor(() => expect(client.fake.subscribedChannels()).toEqual([]), WAIT);
  });
});
