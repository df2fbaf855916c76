import type { ServerKind } from '../servers/server-process.js';
import { round } from '../stats.js';
import { deliveryFigures, measureDeliveries } from './delivery-run.js';
import { recordRow, type Scenario, withServerAndLoad } from './scenario.js';

const PREFIX = 'private-bench-user';

// laravel-echo-server authorises private channels by calling the app's auth endpoint over HTTP for each
// subscription; with no Laravel app here it is left out of this scenario.
const SERVERS: ServerKind[] = ['echokit', 'raw-ws'];

/** `count` distinct channels out of `sockets`, at random. */
function randomChannels(count: number, sockets: number): string[] {
  const picked = new Set<string>();
  while (picked.size < Math.min(count, sockets))
    picked.add(`${PREFIX}-${Math.floor(Math.random() * sockets)}`);
  return [...picked];
}

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
    { key: 'load1m', label: 'load 1m' },
  ],
  async run(context) {
    const { options, record } = context;
    const { sockets, requestsPerSecond, channelsPerRequest, durationMs } = options.manyChannels;
    const config = `${sockets} sockets/channels, ${requestsPerSecond} req/s × ${channelsPerRequest} channels × ${durationMs / 1000} s`;
    for (const kind of SERVERS) {
      const base = { scenario: 'many-channels', subject: kind, config, figures: { sockets } };
      await recordRow(record, base, () =>
        withServerAndLoad(kind, context, async (server, load) => {
          const opened = await load.openSubscribed({
            protocol: 'pusher',
            url: server.url,
            sockets,
            channels: { mode: 'own', name: PREFIX },
            inFlight: 200,
            timeoutMs: options.openTimeoutMs,
          });
          const run = await measureDeliveries(
            server,
            load,
            {
              eventsPerSecond: requestsPerSecond,
              durationMs,
              channelsFor: () => randomChannels(channelsPerRequest, sockets),
            },
            1,
            options.drainTimeoutMs,
          );
          return {
            status: 'ok',
            figures: { sockets, subscribeMs: round(opened.subscribeMs, 0), ...deliveryFigures(run) },
            note: kind === 'raw-ws' ? 'floor: no signature check' : '',
          };
        }),
      );
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
