import { pollUntil } from '../clock.js';
import { laravelEchoServerSubscribers } from '../servers/laravel-echo-server.js';
import type { ServerKind } from '../servers/server-process.js';
import { protocolOf } from '../servers/start.js';
import { round } from '../stats.js';
import { deliveryFigures, measureDeliveries } from './delivery-run.js';
import { recordRow, type Scenario, withServerAndLoad } from './scenario.js';

const CHANNEL = 'bench-fanout';

/** Ours, the raw `ws` floor and laravel-echo-server, in that order, for each size. */
const SERVERS: ServerKind[] = ['echokit', 'raw-ws', 'laravel-echo-server'];

/**
 * Fan-out: one publisher through the HTTP API, N subscribers on one public channel, the same payload,
 * generator and offered load on every server.
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
    for (const subscribers of sizes) {
      const eventsPerSecond = Math.max(1, deliveriesPerSecond / subscribers);
      const config = `${subscribers} subs × ${round(eventsPerSecond)} ev/s × ${durationMs / 1000} s`;
      for (const kind of SERVERS) {
        const base = { scenario: 'fan-out', subject: kind, config, figures: { subscribers } };
        await recordRow(record, base, () =>
          withServerAndLoad(kind, context, async (server, load) => {
            await load.openSubscribed({
              protocol: protocolOf(kind),
              url: server.url,
              sockets: subscribers,
              channels: { mode: 'shared', name: CHANNEL },
              inFlight: 200,
              timeoutMs: options.openTimeoutMs,
            });
            if (kind === 'laravel-echo-server') {
              const all = await pollUntil(
                async () => (await laravelEchoServerSubscribers(server.url, CHANNEL)) >= subscribers,
                options.openTimeoutMs,
                100,
              );
              if (!all) throw new Error('laravel-echo-server never reported every subscriber in the channel');
            }
            const run = await measureDeliveries(
              server,
              load,
              { eventsPerSecond, durationMs, channelsFor: () => [CHANNEL] },
              subscribers,
              options.drainTimeoutMs,
            );
            const figures = deliveryFigures(run);
            const notes = [
              figures.publishFailures
                ? `${figures.publishFailures} publishes failed: ${run.outcome.errors[0]}`
                : '',
              figures.droppedSockets ? `${figures.droppedSockets} sockets dropped` : '',
            ];
            return {
              status: 'ok',
              figures: { subscribers, eventsPerSecond, ...figures },
              note: notes.filter(Boolean).join('; '),
            };
          }),
        );
      }
    }
  },
};
