import type { DashboardSnapshot } from '@echokit-demo/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardFeed } from '../src/metrics/dashboard-feed.svelte.js';
import { point, points } from './points.js';

/** A hand-run animation frame queue in place of the browser's. */
function fakeFrames() {
  let queued: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {
    queued = [];
  });
  return {
    get pending() {
      return queued.length;
    },
    run() {
      const now = queued;
      queued = [];
      for (const callback of now) callback(0);
    },
  };
}

const snapshotOf = (from: number, to: number): DashboardSnapshot => {
  const list = points(from, to);
  return { updates_per_second: 10, points: list, latest: list.at(-1) ?? null };
};

describe('DashboardFeed', () => {
  let frames: ReturnType<typeof fakeFrames>;
  beforeEach(() => {
    vi.useFakeTimers();
    frames = fakeFrames();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('draws once per animation frame however many points arrive', async () => {
    const fetchSnapshot = vi.fn(async () => snapshotOf(1, 10));
    const feed = new DashboardFeed({ fetchSnapshot });
    const draw = vi.fn();
    feed.onFrame(draw);
    feed.start();
    await vi.advanceTimersByTimeAsync(0);
    for (let seq = 11; seq <= 60; seq += 1) feed.receive(point(seq));
    expect(frames.pending).toBe(1);
    expect(feed.latest).toBeNull(); // the reactive state waits for the frame too
    frames.run();
    expect(draw).toHaveBeenCalledTimes(1);
    expect(feed.latest).toEqual(point(60));
    expect(feed.phase).toBe('ready');
    expect(feed.series.length).toBe(60);
    expect(fetchSnapshot).toHaveBeenCalledTimes(1);
  });

  it('reloads the snapshot on a gap in seq, and the reload fills it', async () => {
    let upTo = 5;
    const fetchSnapshot = vi.fn(async () => snapshotOf(1, upTo));
    const feed = new DashboardFeed({ fetchSnapshot, minReloadIntervalMs: 1000 });
    feed.start();
    await vi.advanceTimersByTimeAsync(0);
    upTo = 9;
    feed.receive(point(9)); // 6..8 missed
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchSnapshot).toHaveBeenCalledTimes(2);
    expect([...feed.series.column('seq')]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(feed.loads).toMatchObject({ start: 1, gap: 1 });
  });

  it('skips a gap reload that an earlier load already filled', async () => {
    let upTo = 5;
    let release = () => {};
    const fetchSnapshot = vi.fn(async () => {
      const snapshot = snapshotOf(1, upTo);
      if (upTo > 5) await new Promise<void>((resolve) => (release = resolve));
      return snapshot;
    });
    const feed = new DashboardFeed({ fetchSnapshot, minReloadIntervalMs: 1000 });
    feed.start();
    await vi.advanceTimersByTimeAsync(0);
    upTo = 12;
    feed.reload('resync'); // after a reconnect, in flight for a while
    await vi.advanceTimersByTimeAsync(1000);
    feed.receive(point(13)); // a gap now, but the resync snapshot will cover 6..12
    release();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetchSnapshot).toHaveBeenCalledTimes(2);
    expect(feed.series.isContiguous()).toBe(true);
    expect(feed.loads).toMatchObject({ start: 1, resync: 1, gap: 0 });
  });

  it('shows an error when the first snapshot fails, and recovers on retry', async () => {
    const fetchSnapshot = vi
      .fn<() => Promise<DashboardSnapshot>>()
      .mockRejectedValueOnce(new Error('/api/dashboard answered 500'))
      .mockResolvedValue(snapshotOf(1, 3));
    const feed = new DashboardFeed({ fetchSnapshot, minReloadIntervalMs: 1000 });
    feed.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(feed.phase).toBe('error');
    expect(feed.error).toContain('500');
    feed.reload('retry');
    await vi.advanceTimersByTimeAsync(1000);
    frames.run();
    expect(feed.phase).toBe('ready');
    expect(feed.error).toBeNull();
    expect(feed.latest).toEqual(point(3));
  });
});
