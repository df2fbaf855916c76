import { loadavg } from 'node:os';
import { pollUntil } from '../clock.js';
import type { LoadGenerator } from '../load/generator-client.js';
import type { DeliveryStats } from '../load/messages.js';
import { type Publish, publisherFor } from '../publish/publisher.js';
import { publishAtRate, type RateOutcome, type RatePlan } from '../publish/rate-loop.js';
import type { ServerUnderTest } from '../servers/server-process.js';
import { round } from '../stats.js';

/** Server-side cost and client-side outcome of one publishing window. */
export interface DeliveryRun {
  outcome: RateOutcome;
  stats: DeliveryStats;
  /** Generator CPU seconds in the window. */
  generatorCpuSeconds: number;
  /** The machine's 1-minute load average at the end: above the core count, every figure is noisy. */
  loadAverage: number;
  expected: number;
  cpuSeconds: number;
  rssMb: number;
  windowSeconds: number;
}

/**
 * Publishes per `plan` into already-subscribed sockets, waits (bounded) for every expected delivery, and
 * charges the server the CPU it used in that window. `subscribersPerChannel` turns channel events into
 * expected deliveries.
 */
export async function measureDeliveries(
  server: ServerUnderTest,
  generator: LoadGenerator,
  plan: RatePlan,
  subscribersPerChannel: number,
  drainTimeoutMs: number,
  publish: Publish = publisherFor(server.kind, server.url),
): Promise<DeliveryRun> {
  await generator.reset();
  const generatorBefore = (await generator.stats()).cpuSeconds;
  const before = server.usage();
  const started = Date.now();
  const outcome = await publishAtRate(publish, plan);
  const expected = outcome.channelEvents * subscribersPerChannel;
  let stats = await generator.stats();
  await pollUntil(
    async () => {
      stats = await generator.stats();
      return stats.received >= expected;
    },
    drainTimeoutMs,
    100,
  );
  const after = server.usage();
  const lastAt = stats.lastAt ?? Date.now();
  return {
    outcome,
    stats,
    expected,
    cpuSeconds: after.cpuSeconds - before.cpuSeconds,
    generatorCpuSeconds: stats.cpuSeconds - generatorBefore,
    loadAverage: loadavg()[0] ?? 0,
    rssMb: after.rssMb,
    windowSeconds: Math.max(0.001, (lastAt - started) / 1000),
  };
}

/** The figures every delivery table shares. */
export function deliveryFigures(run: DeliveryRun) {
  const { stats, expected } = run;
  const cpuPer100k = stats.received > 0 ? (run.cpuSeconds / stats.received) * 100_000 : null;
  return {
    events: run.outcome.published,
    publishFailures: run.outcome.failed,
    expected,
    delivered: stats.received,
    lossPct:
      expected > 0 ? round(((expected - Math.min(expected, stats.received)) / expected) * 100, 2) : null,
    deliveredPerSec: round(stats.received / run.windowSeconds, 0),
    p50: round(stats.latency.p50),
    p95: round(stats.latency.p95),
    p99: round(stats.latency.p99),
    max: round(stats.latency.max),
    rssMb: round(run.rssMb),
    cpuSeconds: round(run.cpuSeconds, 2),
    cpuPer100k: round(cpuPer100k, 3),
    deliveriesPerCpuSec: cpuPer100k ? round(100_000 / cpuPer100k, 0) : null,
    droppedSockets: stats.dropped,
    generatorCpuPct: round((run.generatorCpuSeconds / run.windowSeconds) * 100, 0),
    load1m: round(run.loadAverage, 1),
  };
}
