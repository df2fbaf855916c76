// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFakeEchokit } from '../src/testing/index.js';

describe('browser online flag', () => {
  it('follows the window online/offline events while someone listens, and stops after', () => {
    const client = createFakeEchokit();
    const seen: boolean[] = [];
    const stop = client.connection.subscribe(() => seen.push(client.connection.getSnapshot().online));
    expect(client.connection.getSnapshot().online).toBe(true);
    window.dispatchEvent(new Event('offline'));
    expect(client.connection.getSnapshot().online).toBe(false);
    window.dispatchEvent(new Event('online'));
    expect(seen).toEqual([false, true]);
    stop();
    window.dispatchEvent(new Event('offline'));
    expect(client.connection.getSnapshot().online).toBe(true);
  });
});
