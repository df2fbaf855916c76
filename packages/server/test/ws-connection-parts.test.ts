import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseIncoming } from '../src/connection/incoming-message.js';
import { Liveness } from '../src/connection/liveness.js';
import { RateLimiter } from '../src/connection/rate-limiter.js';
import { originAllowed } from '../src/connection/upgrade-check.js';

describe('origin allow-list', () => {
  it('allows everything with * or an empty list', () => {
    expect(originAllowed(['*'], 'https://any.test')).toBe(true);
    expect(originAllowed([], undefined)).toBe(true);
  });

  it('matches exact origins, hosts and *.domain patterns, and refuses a missing Origin', () => {
    const list = ['https://app.test', 'admin.test:8080', '*.example.com'];
    expect(originAllowed(list, 'https://app.test')).toBe(true);
    expect(originAllowed(list, 'http://app.test')).toBe(false);
    expect(originAllowed(list, 'http://admin.test:8080')).toBe(true);
    expect(originAllowed(list, 'https://chat.example.com')).toBe(true);
    expect(originAllowed(list, 'https://example.com.evil.test')).toBe(false);
    expect(originAllowed(list, 'https://notexample.com')).toBe(false);
    expect(originAllowed(list, 'not a url')).toBe(false);
    expect(originAllowed(list, undefined)).toBe(false);
  });
});

describe('client event rate limiter', () => {
  afterEach(() => vi.useRealTimers());

  it('allows perSecond events per one-second window', () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter(2);
    expect([limiter.allow(), limiter.allow(), limiter.allow()]).toEqual([true, true, false]);
    vi.advanceTimersByTime(1000);
    expect(limiter.allow()).toBe(true);
  });
});

describe('liveness', () => {
  afterEach(() => vi.useRealTimers());

  it('pings after idleMs of silence and times out when nothing comes back within pongMs', () => {
    vi.useFakeTimers();
    const ping = vi.fn();
    const timedOut = vi.fn();
    const liveness = new Liveness(30_000, 10_000, ping, timedOut);
    vi.advanceTimersByTime(20_000);
    liveness.touch(); // activity postpones the ping
    vi.advanceTimersByTime(20_000);
    expect(ping).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(ping).toHaveBeenCalledTimes(1);
    liveness.touch(); // the pong
    vi.advanceTimersByTime(10_000);
    expect(timedOut).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20_000); // silent again: second ping, then no answer
    expect(ping).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    expect(timedOut).toHaveBeenCalledTimes(1);
    liveness.stop();
  });
});

describe('incoming frames', () => {
  const parse = (text: string) => parseIncoming(Buffer.from(text), false, 10_240);

  it('accepts system event data as an object or as a JSON string', () => {
    expect(parse('{"event":"pusher:subscribe","data":{"channel":"a"}}')).toEqual({
      kind: 'subscribe',
      data: { channel: 'a' },
    });
    expect(parse('{"event":"pusher:subscribe","data":"{\\"channel\\":\\"a\\"}"}')).toEqual({
      kind: 'subscribe',
      data: { channel: 'a' },
    });
  });

  it('passes client events through with their data untouched', () => {
    expect(parse('{"event":"client-typing","channel":"private-a","data":{"x":1}}')).toEqual({
      kind: 'client-event',
      frame: { event: 'client-typing', channel: 'private-a', data: { x: 1 } },
    });
  });

  it('counts the limit in bytes, not characters', () => {
    const text = JSON.stringify({ event: 'pusher:ping', data: 'é'.repeat(6000) });
    expect(text.length).toBeLessThan(10_240);
    expect(parse(text)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('over the limit') });
  });
});
