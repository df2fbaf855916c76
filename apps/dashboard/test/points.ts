import type { MetricsPoint } from '@echokit-demo/kit';

/** A metrics point for `seq`, one tenth of a second apart, with values derived from `seq`. */
export function point(seq: number, base = 1_700_000_000_000): MetricsPoint {
  return {
    seq,
    at: base + seq * 100,
    orders_per_second: seq,
    revenue_per_second: seq * 42,
    revenue_total: seq * 1000,
    active_users: seq % 5,
  };
}

/** Points `from`..`to` inclusive. */
export const points = (from: number, to: number): MetricsPoint[] =>
  Array.from({ length: to - from + 1 }, (_, i) => point(from + i));
