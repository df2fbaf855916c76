import { describe, expect, it } from 'vitest';
import { quantile, round, SampleList, summarize } from '../src/stats.js';

describe('quantile (nearest rank)', () => {
  const oneToHundred = Float64Array.from({ length: 100 }, (_, i) => i + 1);

  it('reads p50/p95/p99 of 1..100 as 50, 95 and 99', () => {
    expect(quantile(oneToHundred, 0.5)).toBe(50);
    expect(quantile(oneToHundred, 0.95)).toBe(95);
    expect(quantile(oneToHundred, 0.99)).toBe(99);
  });

  it('gives the only sample for any quantile of one sample, and null for none', () => {
    expect(quantile([7], 0.01)).toBe(7);
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('never reads past the ends', () => {
    expect(quantile([1, 2, 3], 0)).toBe(1);
    expect(quantile([1, 2, 3], 1)).toBe(3);
  });
});

describe('summarize and SampleList', () => {
  it('sorts numerically before reading quantiles (not as strings)', () => {
    const summary = summarize(Float64Array.from([100, 9, 20, 3]));
    expect(summary).toEqual({ samples: 4, p50: 9, p95: 100, p99: 100, max: 100 });
  });

  it('keeps every sample past its initial capacity and forgets them on clear', () => {
    const list = new SampleList();
    for (let i = 10_000; i > 0; i--) list.push(i);
    expect(list.length).toBe(10_000);
    expect(list.summary()).toMatchObject({ samples: 10_000, p50: 5000, p99: 9900, max: 10_000 });
    list.clear();
    expect(list.summary().p50).toBeNull();
  });
});

describe('round', () => {
  it('rounds to the digits asked and passes null and non-finite through as null', () => {
    expect(round(1.2345, 2)).toBe(1.23);
    expect(round(null)).toBeNull();
    expect(round(Number.NaN)).toBeNull();
    expect(round(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
