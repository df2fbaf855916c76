import type { MetricsPoint } from '@echokit-demo/kit';
import { RingColumns } from './ring-columns.js';

/** The chartable columns: `time` in seconds (uPlot's unit), the rest straight from the points. */
export type MetricColumn = 'time' | 'seq' | 'orders' | 'revenue' | 'revenueTotal' | 'activeUsers';

const COLUMNS: readonly MetricColumn[] = ['time', 'seq', 'orders', 'revenue', 'revenueTotal', 'activeUsers'];

/**
 * What adding a live point meant: `added` in order, `duplicate` (already held, dropped), `gap` (added, but
 * some points before it were missed) or `reset` (seq went back while time went on: the api restarted; the
 * series starts over from this point).
 */
export type AddOutcome = 'added' | 'duplicate' | 'gap' | 'reset';

function toRow(point: MetricsPoint): Record<MetricColumn, number> {
  return {
    time: point.at / 1000,
    seq: point.seq,
    orders: point.orders_per_second,
    revenue: point.revenue_per_second,
    revenueTotal: point.revenue_total,
    activeUsers: point.active_users,
  };
}

/**
 * The dashboard's recent points, ordered by `seq`, in a fixed-size ring (no growth at any rate). Live points
 * are appended as they come; a snapshot from `GET /api/dashboard` is merged in by `seq`.
 */
export class MetricsSeries {
  private readonly ring: RingColumns<MetricColumn>;
  private newest: MetricsPoint | null = null;

  constructor(readonly capacity: number) {
    this.ring = new RingColumns(capacity, COLUMNS);
  }

  /** The newest point held, or `null` before any. */
  get latest(): MetricsPoint | null {
    return this.newest;
  }

  get length(): number {
    return this.ring.length;
  }

  /** One column, oldest first (a view: read it before the next `add`). */
  column(key: MetricColumn): Float64Array {
    return this.ring.column(key);
  }

  /** Appends a live point and says whether the stream had a hole before it. */
  add(point: MetricsPoint): AddOutcome {
    const newest = this.newest;
    if (newest && point.seq <= newest.seq) {
      if (point.at <= newest.at) return 'duplicate';
      this.ring.clear();
      this.append(point);
      return 'reset';
    }
    this.append(point);
    return newest && point.seq > newest.seq + 1 ? 'gap' : 'added';
  }

  /**
   * Merges a snapshot (oldest first) with what is held: the union by `seq`, keeping the newest `capacity`.
   * Live points that arrived while the snapshot was in flight stay; the snapshot fills the holes before them.
   */
  merge(points: readonly MetricsPoint[]): void {
    const bySeq = new Map<number, MetricsPoint>();
    for (const point of this.heldPoints()) bySeq.set(point.seq, point);
    for (const point of points) bySeq.set(point.seq, point);
    const merged = [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-this.capacity);
    this.ring.clear();
    this.newest = null;
    for (const point of merged) this.append(point);
  }

  /** True when the seqs held run without holes. */
  isContiguous(): boolean {
    const seqs = this.ring.column('seq');
    for (let i = 1; i < seqs.length; i += 1) if (seqs[i] !== (seqs[i - 1] as number) + 1) return false;
    return true;
  }

  private append(point: MetricsPoint): void {
    this.ring.push(toRow(point));
    this.newest = point;
  }

  private *heldPoints(): Iterable<MetricsPoint> {
    const [time, seq, orders, revenue, revenueTotal, activeUsers] = COLUMNS.map((key) =>
      this.ring.column(key),
    );
    for (let i = 0; i < this.ring.length; i += 1) {
      yield {
        seq: seq?.[i] as number,
        at: Math.round((time?.[i] as number) * 1000),
        orders_per_second: orders?.[i] as number,
        revenue_per_second: revenue?.[i] as number,
        revenue_total: revenueTotal?.[i] as number,
        active_users: activeUsers?.[i] as number,
      };
    }
  }
}
