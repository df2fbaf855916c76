import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SnapshotReloader } from '../src/metrics/snapshot-reloader.js';

/** A load whose calls we count and finish by hand. */
function manualLoad() {
  const pending: (() => void)[] = [];
  const load = vi.fn(() => new Promise<void>((resolve) => pending.push(resolve)));
  const finish = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { load, finish };
}

describe('SnapshotReloader', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads at once on the first request', () => {
    const { load } = manualLoad();
    new SnapshotReloader(load, 1000, () => Date.now()).request();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('folds requests made during a load into one later load, spaced by the interval', async () => {
    const { load, finish } = manualLoad();
    const reloader = new SnapshotReloader(load, 1000, () => Date.now());
    reloader.request();
    reloader.request();
    reloader.request();
    await finish();
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).toHaveBeenCalledTimes(2);
    await finish();
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('logs a load that throws and keeps going', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue(undefined);
    const reloader = new SnapshotReloader(load, 1000, () => Date.now());
    reloader.request();
    await vi.advanceTimersByTimeAsync(0);
    reloader.request();
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).toHaveBeenCalledTimes(2);
    expect(logged).toHaveBeenCalledWith(
      'snapshot reload failed',
      expect.objectContaining({ message: 'down' }),
    );
    logged.mockRestore();
  });

  it('does nothing after dispose', async () => {
    const { load, finish } = manualLoad();
    const reloader = new SnapshotReloader(load, 1000, () => Date.now());
    reloader.request();
    reloader.request();
    reloader.dispose();
    await finish();
    await vi.advanceTimersByTimeAsync(5000);
    reloader.request();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
