import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhisperThrottle } from '../src/whisper-throttle.js';

describe('whisper throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at most one whisper per event per window, ending with the latest payload', () => {
    const sent: [string, unknown][] = [];
    const throttle = new WhisperThrottle((event, payload) => sent.push([event, payload]));
    for (let i = 1; i <= 10; i++) {
      throttle.whisper('typing', i, 300);
      vi.advanceTimersByTime(50); // 10 calls over 500 ms
    }
    // 1 at once, 6 (the latest of the first window) at 300 ms; 10 waits for the end of the second window.
    expect(sent).toEqual([
      ['typing', 1],
      ['typing', 6],
    ]);
    vi.advanceTimersByTime(300);
    expect(sent).toEqual([
      ['typing', 1],
      ['typing', 6],
      ['typing', 10],
    ]);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(3);
  });

  it('throttles each event on its own and sends everything with a 0 window', () => {
    const sent: string[] = [];
    const throttle = new WhisperThrottle((event) => sent.push(event));
    throttle.whisper('typing', 1, 300);
    throttle.whisper('cursor', 1, 300);
    throttle.whisper('typing', 2, 300);
    throttle.whisper('ping', 1, 0);
    throttle.whisper('ping', 2, 0);
    expect(sent).toEqual(['typing', 'cursor', 'ping', 'ping']);
  });

  it('drops queued payloads on clear', () => {
    const sent: unknown[] = [];
    const throttle = new WhisperThrottle((_event, payload) => sent.push(payload));
    throttle.whisper('typing', 1, 300);
    throttle.whisper('typing', 2, 300);
    throttle.clear();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([1]);
  });
});
