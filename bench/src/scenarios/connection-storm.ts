import { delay } from '../clock.js';
import { BENCH_APP } from '../credentials.js';
import type { ServerKind } from '../servers/server-process.js';
import { protocolOf, withServer } from '../servers/start.js';
import { round } from '../stats.js';
import { errorText, type Scenario } from './scenario.js';

const SERVERS: ServerKind[] = ['echokit', 'raw-ws', 'laravel-echo-server'];

// Lets the server finish the work of the last handshakes before its idle memory is read.
const SETTLE_MS = 1000;

/**
 * Connection storm: every socket opened in the same tick; time until the last `connection_established`
 * (socket.io `connect` for laravel-echo-server), then the server's memory with all of them idle.
 */
export const connectionStorm: Scenario = {
  name: 'storm',
  title: 'Connection storm: N sockets at once, then idle',
  columns: [
    { key: 'established', label: 'established' },
    { key: 'failed', label: 'failed' },
    { key: 'connectMs', label: 'all established ms' },
    { key: 'rssIdleMb', label: 'RSS empty MB' },
    { key: 'rssConnectedMb', label: 'RSS connected MB' },
    { key: 'mbPer1k', label: 'MB per 1k idle conns' },
    { key: 'cpuSeconds', label: 'CPU-s' },
  ],
  async run({ options, generator, record }) {
    const sockets = options.storm.sockets;
    const config = `${sockets} sockets at once`;
    for (const kind of SERVERS) {
      try {
        const load = await generator();
        await withServer(kind, async (server) => {
          const empty = server.usage();
          try {
            const opened = await load.open({
              protocol: protocolOf(kind),
              url: server.url,
              appKey: BENCH_APP.key,
              appSecret: BENCH_APP.secret,
              sockets,
              channels: { mode: 'none' },
              inFlight: 0,
              timeoutMs: options.openTimeoutMs,
            });
            await delay(SETTLE_MS);
            const connected = server.usage();
            const grown = connected.rssMb - empty.rssMb;
            record({
              scenario: 'storm',
              subject: kind,
              config,
              status: opened.established === sockets ? 'ok' : 'failed',
              figures: {
                sockets,
                established: opened.established,
                failed: opened.failed,
                connectMs: round(opened.connectMs, 0),
                rssIdleMb: round(empty.rssMb),
                rssConnectedMb: round(connected.rssMb),
                mbPer1k: opened.established ? round((grown / opened.established) * 1000, 2) : null,
                cpuSeconds: round(connected.cpuSeconds - empty.cpuSeconds, 2),
              },
              note: opened.errors.slice(0, 2).join('; '),
            });
          } finally {
            await load.closeSockets();
          }
        });
      } catch (error) {
        record({
          scenario: 'storm',
          subject: kind,
          config,
          status: 'failed',
          figures: { sockets },
          note: errorText(error),
        });
      }
    }
  },
};
