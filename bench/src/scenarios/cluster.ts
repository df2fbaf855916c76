import { startEchokit } from '../servers/echokit.js';
import { startRedis } from '../servers/redis.js';
import type { ServerUnderTest } from '../servers/server-process.js';
import { round } from '../stats.js';
import { deliveryFigures, measureDeliveries } from './delivery-run.js';
import { errorText, type Scenario } from './scenario.js';

const CHANNEL = 'bench-cluster';

/** How a node joins the cluster; `{redis}` is replaced by the throwaway Redis URL. */
function nodeArgs(redisUrl: string): string[] {
  const template = process.env.ECHOKIT_BENCH_CLUSTER_ARGS ?? '--redis-url {redis}';
  return template.split(' ').map((arg) => arg.replace('{redis}', redisUrl));
}

/**
 * Cluster: two nodes sharing a Redis, subscribers split between them, every event published to node A.
 * Node B's subscribers only get events through Redis, so loss and latency there are the cluster's cost.
 */
export const cluster: Scenario = {
  name: 'cluster',
  title: 'Cluster: 2 nodes + Redis, subscribers split, publish to node A',
  columns: [
    { key: 'events', label: 'events' },
    { key: 'delivered', label: 'delivered' },
    { key: 'lossPct', label: 'loss %' },
    { key: 'p50', label: 'p50 ms' },
    { key: 'p99', label: 'p99 ms' },
    { key: 'cpuPer100k', label: 'node A CPU-s/100k' },
    { key: 'nodeBCpuSeconds', label: 'node B CPU-s' },
  ],
  async run({ options, generator, record }) {
    const subscribers = options.fanOut.subscribers[0] ?? 1000;
    const eventsPerSecond = Math.max(1, options.fanOut.deliveriesPerSecond / subscribers);
    const config = `${subscribers} subs (half per node) × ${round(eventsPerSecond)} ev/s × ${options.fanOut.durationMs / 1000} s`;
    if (!options.cluster) {
      record({
        scenario: 'cluster',
        subject: 'echokit ×2 + redis',
        config,
        status: 'off',
        figures: {},
        note: 'needs cluster mode in @echokit/server; switch on with --cluster (node flags: ECHOKIT_BENCH_CLUSTER_ARGS)',
      });
      return;
    }
    const started: Array<{ stop(): Promise<void> }> = [];
    try {
      const redis = await startRedis();
      started.push(redis);
      const nodes: ServerUnderTest[] = [];
      for (let i = 0; i < 2; i++) {
        const node = await startEchokit(nodeArgs(redis.url));
        started.push(node);
        nodes.push(node);
      }
      const [nodeA, nodeB] = nodes as [ServerUnderTest, ServerUnderTest];
      const load = await generator();
      try {
        for (const node of nodes) {
          const half = Math.floor(subscribers / 2);
          await load.openSubscribed({
            protocol: 'pusher',
            url: node.url,
            sockets: half,
            channels: { mode: 'shared', name: CHANNEL },
            inFlight: 200,
            timeoutMs: options.openTimeoutMs,
          });
        }
        const bBefore = nodeB.usage();
        const run = await measureDeliveries(
          nodeA,
          load,
          { eventsPerSecond, durationMs: options.fanOut.durationMs, channelsFor: () => [CHANNEL] },
          Math.floor(subscribers / 2) * 2,
          options.drainTimeoutMs,
        );
        record({
          scenario: 'cluster',
          subject: 'echokit ×2 + redis',
          config,
          status: 'ok',
          figures: {
            subscribers,
            ...deliveryFigures(run),
            nodeBCpuSeconds: round(nodeB.usage().cpuSeconds - bBefore.cpuSeconds, 2),
          },
        });
      } finally {
        await load.closeSockets();
      }
    } catch (error) {
      record({
        scenario: 'cluster',
        subject: 'echokit ×2 + redis',
        config,
        status: 'failed',
        figures: {},
        note: errorText(error),
      });
    } finally {
      for (const server of started.reverse()) await server.stop();
    }
  },
};
