import { BENCH_APP } from '../credentials.js';
import type { ServerKind } from '../servers/server-process.js';
import { withServer } from '../servers/start.js';
import { round } from '../stats.js';
import { deliveryFigures, measureDeliveries } from './delivery-run.js';
import { errorText, type Scenario } from './scenario.js';

const PREFIX = 'private-bench-user';

// laravel-echo-server authorises private channels by calling the app's auth endpoint over HTTP for each
// subscription; with no Laravel app here it is left out of this scenario.
const SERVERS: ServerKind[] = ['echokit', 'raw-ws'];

/**
 * Many channels: every socket on its own private channel (signed by the generator with the app secret),
 * events published to random channels, several channels per HTTP request.
 */
export const manyChannels: Scenario = {
  name: 'many-channels',
  title: 'Many channels: each socket on its own private channel, events to random channels',
  columns: [
    { key: 'subscribeMs', label: 'all subscribed ms' },
    { key: 'events', label: 'requests' },
    { key: 'delivered', label: 'delivered' },
    { key: 'lossPct', label: 'loss %' },
    { key: 'p50', label: 'p50 ms' },
    { key: 'p99', label: 'p99 ms' },
    { key: 'rssMb', label: 'RSS MB' },
    { key: 'cpuPer100k', label: 'CPU-s/100k' },
  ],
  async run({ options, generator, record }) {
    const { sockets, requestsPerSecond, channelsPerRequest, durationMs } = options.manyChannels;
    const config = `${sockets} sockets/channels, ${requestsPerSecond} req/s × ${channelsPerRequest} channels × ${durationMs / 1000} s`;
    for (const kind of SERVERS) {
      try {
        const load = await generator();
        await withServer(kind, async (server) => {
          const opened = await load.open({
            protocol: 'pusher',
            url: server.url,
            appKey: BENCH_APP.key,
            appSecret: BENCH_APP.secret,
            sockets,
            channels: { mode: 'own', name: PREFIX },
            inFlight: 200,
            timeoutMs: options.openTimeoutMs,
          });
          try {
            if (opened.subscribed < sockets) {
              throw new Error(`only ${opened.subscribed}/${sockets} subscribed: ${opened.errors.join('; ')}`);
            }
            const randomChannels = () => {
              const picked = new Set<string>();
              while (picked.size < Math.min(channelsPerRequest, sockets)) {
                picked.add(`${PREFIX}-${Math.floor(Math.random() * sockets)}`);
              }
              return [...picked];
            };
            const run = await measureDeliveries(
              server,
              load,
              { eventsPerSecond: requestsPerSecond, durationMs, channelsFor: randomChannels },
              1,
              options.drainTimeoutMs,
            );
            record({
              scenario: 'many-channels',
              subject: kind,
              config,
              status: 'ok',
              figures: { sockets, subscribeMs: round(opened.subscribeMs, 0), ...deliveryFigures(run) },
              note: kind === 'raw-ws' ? 'floor: no signature check' : '',
            });
          } finally {
            await load.closeSockets();
          }
        });
      } catch (error) {
        record({
          scenario: 'many-channels',
          subject: kind,
          config,
          status: 'failed',
          figures: { sockets },
          note: errorText(error),
        });
      }
    }
    record({
      scenario: 'many-channels',
      subject: 'laravel-echo-server',
      config,
      status: 'off',
      figures: {},
      note: 'its private channels call a Laravel auth endpoint per subscription; no Laravel app in this bench',
    });
  },
};
