import { pollUntil } from '../clock.js';
import type { LoadGenerator } from '../load/generator-client.js';
import type { ResultRow } from '../report/result.js';
import { laravelEchoServerSubscribers } from '../servers/laravel-echo-server.js';
import type { ServerKind, ServerUnderTest } from '../servers/server-process.js';
import { protocolOf } from '../servers/start.js';
import { round } from '../stats.js';
import { type DeliveryRun, deliveryFigures, measureDeliveries } from './delivery-run.js';
import { recordRow, type Scenario, withServerAndLoad } from './scenario.js';

const CHANNEL = 'bench-fanout';

/** Ours, the raw `ws` floor and laravel-echo-server, in that order, for each size. */
const SERVERS: ServerKind[] = ['echokit', 'raw-ws', 'laravel-echo-server'];

/**
 * Fan-out: one publisher through the HTTP API, N subscribers on one public channel, the same payload,
 * generator and offered load on every server. At the burst size, a second row publishes back to back to
 * show the most each server delivers per second.
 */
export const fanOut: Scenario = {
  name: 'fan-out',
  title: 'Fan-out: 1 HTTP publisher → N subscribers on one channel',
  columns: [
    { key: 'events', label: 'events' },
    { key: 'delivered', label: 'delivered' },
    { key: 'lossPct', label: 'loss %' },
    { key: 'deliveredPerSec', label: 'msgs/s' },
    { key: 'p50', label: 'p50 ms' },
    { key: 'p95', label: 'p95 ms' },
    { key: 'p99', label: 'p99 ms' },
    { key: 'rssMb', label: 'RSS MB' },
    { key: 'cpuPer100k', label: 'CPU-s/100k' },
    { key: 'deliveriesPerCpuSec', label: 'deliveries/CPU-s' },
    { key: 'generatorCpuPct', label: 'generator CPU %' },
    { key: 'load1m', label: 'load 1m' },
  ],
  async run(context) {
    const { options, record } = context;
    const { subscribers: sizes, deliveriesPerSecond, durationMs } = options.fanOut;
    const { burst } = options;
    for (const subscribers of sizes) {
      const eventsPerSecond = Math.max(1, deliveriesPerSecond / subscribers);
      const config = `${subscribers} subs × ${round(eventsPerSecond)} ev/s × ${durationMs / 1000} s`;
      const burstConfig = `${subscribers} subs, ${burst.events} events back to back (${burst.maxInFlight} in flight)`;
      for (const kind of SERVERS) {
        const base = { scenario: 'fan-out', subject: kind, config, figures: { subscribers } };
        const burstBase = {
          scenario: 'fan-out',
          subject: kind,
          config: burstConfig,
          figures: { subscribers },
        };
        // The burst reuses the steady run's sockets; its row goes after the steady one.
        let burstRow: ResultRow | undefined;
        await recordRow(record, base, () =>
          withServerAndLoad(kind, context, async (server, load) => {
            await subscribeAll(kind, server, load, subscribers, options.openTimeoutMs);
            const steady = await measureDeliveries(
              server,
              load,
              { eventsPerSecond, durationMs, channelsFor: () => [CHANNEL] },
              subscribers,
              options.drainTimeoutMs,
            );
            if (subscribers === burst.subscribers) {
              await recordRow(
                (row) => {
                  burstRow = row;
                },
                burstBase,
                async () => {
                  const plan = {
                    // A rate no server answers: events go back to back, `maxInFlight` at a time.
                    eventsPerSecond: 1e6,
                    durationMs: burst.events / 1000,
                    maxInFlight: burst.maxInFlight,
                    channelsFor: () => [CHANNEL],
                  };
                  const run = await measureDeliveries(
                    server,
                    load,
                    plan,
                    subscribers,
                    options.drainTimeoutMs,
                  );
                  return {
                    status: 'ok',
                    figures: { subscribers, ...deliveryFigures(run) },
                    note: notesOf(run),
                  };
                },
              );
            }
            return {
              status: 'ok',
              figures: { subscribers, load: 'steady', eventsPerSecond, ...deliveryFigures(steady) },
              note: notesOf(steady),
            };
          }),
        );
        if (burstRow) record(burstRow);
      }
    }
  },
};

/** Opens and subscribes every subscriber, and for laravel-echo-server (no acknowledgement) asks its API. */
async function subscribeAll(
  kind: ServerKind,
  server: ServerUnderTest,
  load: LoadGenerator,
  subscribers: number,
  timeoutMs: number,
): Promise<void> {
  await load.openSubscribed({
    protocol: protocolOf(kind),
    url: server.url,
    sockets: subscribers,
    channels: { mode: 'shared', name: CHANNEL },
    inFlight: 200,
    timeoutMs,
  });
  if (kind !== 'laravel-echo-server') return;
  const all = await pollUntil(
    async () => (await laravelEchoServerSubscribers(server.url, CHANNEL)) >= subscribers,
    timeoutMs,
    100,
  );
  if (!all) throw new Error('laravel-echo-server never reported every subscriber in the channel');
}

/** Failed publishes and dropped sockets, said in the row's note. */
function notesOf(run: DeliveryRun): string {
  const failures = run.outcome.failed
    ? `${run.outcome.failed} publishes failed: ${run.outcome.errors[0]}`
    : '';
  const dropped = run.stats.dropped ? `${run.stats.dropped} sockets dropped` : '';
  return [failures, dropped].filter(Boolean).join('; ');
}
