import { readFileSync } from 'node:fs';
import { setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit } from '@echokit/core/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import ChatRoom from './components/ChatRoom.svelte';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

it('the README’s chat example is this component, word for word', () => {
  expect(read('../README.md')).toContain(read('./components/ChatRoom.svelte').trim());
});

it('the README’s chat example shows who is here and who is typing, and whispers while you type', async () => {
  const client = createFakeEchokit({ user: { id: 1, info: { name: 'Ada' } } });
  client.fake.join('presence-chat.7', { id: 2, info: { name: 'Grace' } });
  setDefaultEchokit(client);
  render(ChatRoom, { roomId: 7, me: 'Ada' });
  const names = () => screen.queryAllByRole('listitem').map((li) => li.textContent);
  await waitFor(() => expect(names()).toEqual(['Ada', 'Grace']));
  expect(screen.queryByText(/is typing/)).toBeNull();
  client.fake.whisper('presence-chat.7', 'typing', { name: 'Grace' }, 2);
  await waitFor(() => expect(screen.getByText('Grace is typing…')).toBeTruthy());
  await fireEvent.input(screen.getByRole('textbox'));
  expect(client.fake.whispers).toEqual([
    { channel: 'presence-chat.7', event: 'typing', payload: { name: 'Ada' } },
  ]);
  setDefaultEchokit(null);
  client.destroy();
});
