/** Latency figures of one run, in milliseconds. */
export interface LatencySummary {
  samples: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

/**
 * The `q`-quantile (0..1) of ascending `sorted` values by the nearest-rank method: the smallest value
 * with at least `q` of the samples at or below it. `null` for no samples.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

/** Sorts the samples (in place) and reads p50/p95/p99/max from them. */
export function summarize(samples: Float64Array): LatencySummary {
  samples.sort();
  return {
    samples: samples.length,
    p50: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    p99: quantile(samples, 0.99),
    max: samples.length ? (samples[samples.length - 1] ?? null) : null,
  };
}

/** A growable list of numbers without the boxing of a plain array (100k+ samples per run). */
export class SampleList {
  private data = new Float64Array(4096);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = value;
  }

  get length(): number {
    return this.size;
  }

  clear(): void {
    this.size = 0;
  }

  /** A sorted copy's summary; the list itself is left as it is. */
  summary(): LatencySummary {
    return summarize(this.data.slice(0, this.size));
  }
}

/** Rounds for a table: `digits` after the point, `null` stays `null`. */
export function round(value: number | null | undefined, digits = 1): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
