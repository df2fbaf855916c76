import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeEchokit } from '@echokit/core/testing';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EchoProvider } from '../src/index.js';
import { Chat } from './readme-chat.js';

afterEach(cleanup);

const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
const example = readFileSync(join(import.meta.dirname, 'readme-chat.tsx'), 'utf8')
  .split('// README example start\n')[1]
  ?.split('// README example end')[0]
  ?.trimEnd();

describe('README', () => {
  it('shows the chat example this test runs', () => {
    expect(example).toBeTruthy();
    expect(readme).toContain(example);
  });

  it('the chat example lists members, shows typing and whispers (the README testing snippet)', async () => {
    const client = createFakeEchokit({ user: { id: 1, info: { name: 'Ada' } } });
    render(
      <EchoProvider client={client}>
        <Chat room={1} />
      </EchoProvider>,
    );
    await act(() => client.fake.flush());
    act(() => client.fake.join('presence-chat.1', { id: 2, info: { name: 'Grace' } }));
    act(() => client.fake.whisper('presence-chat.1', 'typing', { name: 'Grace' }, 2));
    expect(screen.getByText('Ada, Grace')).toBeTruthy();
    expect(screen.getByText('Grace is typing…')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'h' } });
    expect(client.fake.whispers).toEqual([
      { channel: 'presence-chat.1', event: 'typing', payload: { name: 'Ada' } },
    ]);
  });
});
