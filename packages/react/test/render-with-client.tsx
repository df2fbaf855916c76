import { createFakeEchokit, type FakeEchokit, type FakeEchokitOptions } from '@echokit/core/testing';
import { type RenderResult, render } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { EchoProvider } from '../src/index.js';

/** A fake client (real laravel-echo over an in-memory socket) and a render bound to it. */
/** What {@link setup} returns. */
export interface Setup {
  client: FakeEchokit;
  render(ui: ReactNode): Omit<RenderResult, 'rerender'> & { rerender(next: ReactNode): void };
}

export function setup(options?: FakeEchokitOptions & { strict?: boolean }): Setup {
  const client: FakeEchokit = createFakeEchokit(options);
  const wrap = (ui: ReactNode) => {
    const tree = <EchoProvider client={client}>{ui}</EchoProvider>;
    return options?.strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return {
    client,
    render: (ui: ReactNode) => {
      const result = render(wrap(ui));
      return { ...result, rerender: (next: ReactNode) => result.rerender(wrap(next)) };
    },
  };
}

/** Lets the fake's queued subscription answers (and the renders they cause) land. */
export async function settle(client: FakeEchokit): Promise<void> {
  const { act } = await import('@testing-library/react');
  await act(() => client.fake.flush());
}

/** The bound for every wait in these tests: generous, since the machines running them are noisy. */
export const WAIT = { timeout: 5000 };
