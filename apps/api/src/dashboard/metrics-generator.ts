import type { Broadcaster } from '../broadcasting/broadcaster.js';
import { BroadcastChannels, BroadcastEvents } from '../broadcasting/events.js';
import { failureReason, type Logger } from '../logger.js';
import { type MetricsPoint, type ShopState, simulateShop, toMetricsPoint } from './metrics-simulation.js';

/** What `GET /api/dashboard` returns: the recent series to draw before live points arrive. */
export interface DashboardSnapshot {
  updates_per_second: number;
  /** Oldest first; at most `historySize` points. */
  points: MetricsPoint[];
  latest: MetricsPoint | null;
}

/** Anything that can give the dashboard snapshot. */
export interface MetricsSource {
  snapshot(): DashboardSnapshot;
}

/** Options for {@link MetricsGenerator}. */
export interface MetricsGeneratorOptions {
  broadcaster: Broadcaster;
  logger: Logger;
  /** Samples per second; 0 produces nothing. */
  updatesPerSecond: number;
  /** The current active-user count (see `ActiveUsersCounter`). */
  activeUsers: () => number;
  /** Points kept for the snapshot; default 600 (a minute at 10/s). */
  historySize?: number;
  random?: () => number;
  now?: () => number;
}

/**
 * Simulates a shop and publishes a {@link MetricsPoint} to the public `dashboard` channel as
 * `App\Events\MetricsUpdated` at `updatesPerSecond`. A publish still in flight makes the next tick skip
 * publishing (the point is still recorded), so a slow or absent socket server cannot pile up requests.
 *
 * @example
 * const generator = new MetricsGenerator({ broadcaster, logger, updatesPerSecond: 10, activeUsers: () => 0 });
 * generator.start();
 */
export class MetricsGenerator implements MetricsSource {
  private readonly points: MetricsPoint[] = [];
  private state: ShopState = { ordersPerSecond: 40, revenueTotal: 0 };
  private seq = 0;
  private lastAt: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private publishing = false;
  private failing = false;

  constructor(private readonly options: MetricsGeneratorOptions) {}

  start(): void {
    if (this.timer || this.options.updatesPerSecond <= 0) return;
    this.timer = setInterval(() => void this.tick(), 1000 / this.options.updatesPerSecond);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  snapshot(): DashboardSnapshot {
    return {
      updates_per_second: this.options.updatesPerSecond,
      points: [...this.points],
      latest: this.points.at(-1) ?? null,
    };
  }

  /** Takes one sample and publishes it; returns the point. */
  async tick(): Promise<MetricsPoint> {
    const now = (this.options.now ?? Date.now)();
    const dt = this.lastAt === undefined ? 0 : (now - this.lastAt) / 1000;
    this.lastAt = now;
    const next = simulateShop(this.state, now, dt, this.options.random ?? Math.random);
    this.seq += 1;
    const point = toMetricsPoint(this.seq, now, this.state, next, dt, this.options.activeUsers());
    this.state = next;
    this.points.push(point);
    if (this.points.length > (this.options.historySize ?? 600)) this.points.shift();
    if (!this.publishing) await this.publish(point);
    return point;
  }

  private async publish(point: MetricsPoint): Promise<void> {
    this.publishing = true;
    try {
      await this.options.broadcaster.publish(
        [BroadcastChannels.dashboard],
        BroadcastEvents.metricsUpdated,
        point,
      );
      if (this.failing) this.options.logger.info('dashboard: publishing works again');
      this.failing = false;
    } catch (error) {
      if (!this.failing)
        this.options.logger.warn(`dashboard: publish failed (${failureReason(error)}); will keep trying`);
      this.failing = true;
    } finally {
      this.publishing = false;
    }
  }
}
