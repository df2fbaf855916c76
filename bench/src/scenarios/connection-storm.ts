import { loadavg } from 'node:os';
import { delay } from '../clock.js';
import type { ServerKind } from '../servers/server-process.js';
import { protocolOf } from '../servers/start.js';
import { round } from '../stats.js';
import { recordRow, type Scenario, withServerAndLoad } from './scenario.js';

const SERVERS: ServerKind[] = ['echokit', 'raw-ws', 'laravel-echo-server'];

// Lets the server finish the work of the last handshakes before its idle memory is read.
const SETTLE_MS = 500;

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
    { key: 'load1m', label: 'load 1m' },
  ],
  async run(context) {
    const { sockets } = context.options.storm;
    for (const kind of SERVERS) {
      const base = {
        scenario: 'storm',
        subject: kind,
        config: `${sockets} sockets at once`,
        figures: { sockets },
      };
      await recordRow(context.record, base, () =>
        withServerAndLoad(kind, context, async (server, load) => {
          const empty = server.usage();
          const opened = await load.open({
            protocol: protocolOf(kind),
            url: server.url,
            sockets,
            channels: { mode: 'none' },
            inFlight: 0,
            timeoutMs: context.options.openTimeoutMs,
          });
          await delay(SETTLE_MS);
          const connected = server.usage();
          const grown = connected.rssMb - empty.rssMb;
          return {
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
              load1m: round(loadavg()[0], 1),
            },
            note: opened.errors.slice(0, 2).join('; '),
          };
        }),
      );
    }
  },
};
