import { type EchokitClient, setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit } from '@echokit/core/testing';
import { cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EchoProvider, useEchokit } from '../src/index.js';
import { WAIT } from './render-with-client.js';

// The real createEchokit, with each client's destroy() watched from the moment it is made.
const made = vi.hoisted(() => [] as { destroy(): void }[]);
vi.mock('@echokit/core', async (original) => {
  const core = await original<typeof import('@echokit/core')>();
  return {
    ...core,
    createEchokit: (...args: Parameters<typeof core.createEchokit>) => {
      const client = core.createEchokit(...args);
      vi.spyOn(client, 'destroy');
      made.push(client);
      return client;
    },
  };
});

afterEach(() => {
  made.length = 0;
  cleanup();
  setDefaultEchokit(null);
});

const options = { broadcaster: 'reverb', key: 'app-key', wsHost: '127.0.0.1', forceTLS: false } as const;

function Capture({ into }: { into: EchokitClient[] }) {
  into.push(useEchokit());
  return null;
}

describe('EchoProvider', () => {
  it('creates one client from options, keeps it across renders, opens nothing, destroys it on unmount', async () => {
    const seen: EchokitClient[] = [];
    const { rerender, unmount } = render(
      <EchoProvider options={options}>
        <Capture into={seen} />
      </EchoProvider>,
    );
    rerender(
      <EchoProvider options={{ ...options, key: 'other' }}>
        <Capture into={seen} />
      </EchoProvider>,
    );
    const client = seen[0] as EchokitClient;
    expect(new Set(seen).size).toBe(1);
    expect(client.hasEcho()).toBe(false);
    const destroy = vi.spyOn(client, 'destroy');
    unmount();
    await vi.waitFor(() => expect(destroy).toHaveBeenCalledTimes(1), WAIT);
  });

  it('survives StrictMode’s unmount and remount without destroying its client', () => {
    vi.useFakeTimers(); // the provider defers destroy by a timer: run every pending one deterministically
    try {
      const seen: EchokitClient[] = [];
      const { unmount } = render(
        <StrictMode>
          <EchoProvider options={options}>
            <Capture into={seen} />
          </EchoProvider>
        </StrictMode>,
      );
      vi.runAllTimers();
      const client = seen.at(-1) as EchokitClient;
      expect(new Set(seen).size).toBe(1);
      expect(made).toContain(client);
      expect(client.destroy).not.toHaveBeenCalled();
      unmount();
      vi.runAllTimers();
      expect(client.destroy).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes a given client through and never destroys it; without a provider, the default client is used', () => {
    const given = createFakeEchokit();
    const destroy = vi.spyOn(given, 'destroy');
    const seen: EchokitClient[] = [];
    const { unmount } = render(
      <EchoProvider client={given}>
        <Capture into={seen} />
      </EchoProvider>,
    );
    unmount();
    expect(seen[0]).toBe(given);
    expect(destroy).not.toHaveBeenCalled();

    const fallback = createFakeEchokit();
    setDefaultEchokit(fallback);
    render(<Capture into={seen} />);
    expect(seen.at(-1)).toBe(fallback);
  });
});
