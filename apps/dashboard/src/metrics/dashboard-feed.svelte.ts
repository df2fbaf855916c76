import type { DashboardSnapshot, MetricsPoint } from '@echokit-demo/kit';
import { FrameScheduler } from './frame-scheduler.js';
import { MetricsSeries } from './metrics-series.js';
import { SnapshotReloader } from './snapshot-reloader.js';

/** Why the snapshot was (re)loaded, shown in the footer so a reload is visible, not silent. */
export type ReloadReason = 'start' | 'resync' | 'gap' | 'reset' | 'retry';

/** Options of {@link DashboardFeed}. */
export interface DashboardFeedOptions {
  fetchSnapshot: () => Promise<DashboardSnapshot>;
  /** Points kept; 3000 is a minute at 50 updates/s. */
  capacity?: number;
  /** Spacing between snapshot reloads. */
  minReloadIntervalMs?: number;
}

/**
 * The dashboard's data: the snapshot from `GET /api/dashboard` merged by `seq` with live points. Live points
 * go into a fixed-size ring as they arrive; the reactive `latest` and the charts update once per animation
 * frame, so the page does not re-render per event. A hole in `seq`, an api restart, or a reconnect the
 * server could not replay reloads the snapshot.
 */
export class DashboardFeed {
  /** The newest point, updated once per frame (drives the KPI cards). */
  latest = $state.raw<MetricsPoint | null>(null);
  /** `loading` until the first snapshot or live point, `error` when the first snapshot failed. */
  phase = $state<'loading' | 'ready' | 'error'>('loading');
  /** The last snapshot failure, `null` once one succeeds. */
  error = $state<string | null>(null);
  /** The generator's configured rate, from the snapshot. */
  updatesPerSecond = $state<number | null>(null);
  /** Snapshot loads so far, counted by what asked for them (a load asked for twice counts for both). */
  loads = $state<Record<ReloadReason, number>>({ start: 0, resync: 0, gap: 0, reset: 0, retry: 0 });

  readonly series: MetricsSeries;
  private readonly frames: FrameScheduler;
  private readonly reloader: SnapshotReloader;
  private readonly drawers = new Set<() => void>();
  private readonly pendingReasons = new Set<ReloadReason>();

  constructor(private readonly options: DashboardFeedOptions) {
    this.series = new MetricsSeries(options.capacity ?? 3000);
    this.frames = new FrameScheduler(() => this.flush());
    this.reloader = new SnapshotReloader(() => this.loadSnapshot(), options.minReloadIntervalMs ?? 1000);
  }

  /** Loads the first snapshot. */
  start(): void {
    this.reload('start');
  }

  /** Reloads the snapshot (coalesced with other requests). */
  reload(reason: ReloadReason): void {
    this.pendingReasons.add(reason);
    this.reloader.request();
  }

  /** One live `MetricsUpdated` point. */
  receive(point: MetricsPoint): void {
    const outcome = this.series.add(point);
    if (outcome === 'gap' || outcome === 'reset') this.reload(outcome);
    if (outcome !== 'duplicate') this.frames.request();
  }

  /** Registers a chart's redraw, called at most once per frame after new data; returns the unregister. */
  onFrame(draw: () => void): () => void {
    this.drawers.add(draw);
    return () => this.drawers.delete(draw);
  }

  dispose(): void {
    this.frames.cancel();
    this.reloader.dispose();
    this.drawers.clear();
  }

  private async loadSnapshot(): Promise<void> {
    const reasons = [...this.pendingReasons];
    this.pendingReasons.clear();
    // A gap that an earlier load already filled (points that came while it was in flight) needs no reload.
    if (reasons.every((reason) => reason === 'gap') && this.series.isContiguous()) return;
    try {
      const snapshot = await this.options.fetchSnapshot();
      this.series.merge(snapshot.points);
      this.updatesPerSecond = snapshot.updates_per_second;
      this.error = null;
      const loads = { ...this.loads };
      for (const reason of reasons) loads[reason] += 1;
      this.loads = loads;
      this.frames.request();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      if (this.phase === 'loading') this.phase = 'error';
    }
  }

  private flush(): void {
    this.latest = this.series.latest;
    if (this.phase !== 'ready' && (this.series.length > 0 || this.error === null)) this.phase = 'ready';
    for (const draw of this.drawers) draw();
  }
}
