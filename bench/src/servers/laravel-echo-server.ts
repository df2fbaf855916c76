import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_APP, LOOPBACK } from '../credentials.js';
import { freePort } from './free-port.js';
import { type ServerUnderTest, spawnServer } from './server-process.js';

const bin = fileURLToPath(new URL('../../node_modules/laravel-echo-server/bin/server.js', import.meta.url));

/**
 * The laravel-echo-server.json a production install would run with: devMode off (no per-event logging),
 * the HTTP publish API on (`clients` holds the app id and its API key), Redis subscriber off (we publish
 * over HTTP), and the sqlite database driver, which without the optional `sqlite3` module stays idle —
 * the database only backs presence, which the fan-out does not use.
 */
export function laravelEchoServerConfig(port: number) {
  return {
    authHost: `http://${LOOPBACK}:9`,
    authEndpoint: '/broadcasting/auth',
    clients: [{ appId: BENCH_APP.id, key: BENCH_APP.key }],
    database: 'sqlite',
    databaseConfig: { sqlite: { databasePath: '/laravel-echo-server.sqlite' } },
    devMode: false,
    host: LOOPBACK,
    port,
    protocol: 'http',
    socketio: {},
    subscribers: { http: true, redis: false },
    apiOriginAllow: {
      allowCors: true,
      allowOrigin: `http://${LOOPBACK}`,
      allowMethods: 'GET, POST',
      allowHeaders: 'Origin, Content-Type, X-Auth-Token, X-Requested-With, Accept, Authorization',
    },
  };
}

/** Starts laravel-echo-server 1.6.3 with a generated config in a temp dir (removed on stop). */
export async function startLaravelEchoServer(): Promise<ServerUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'echokit-bench-les-'));
  const port = await freePort();
  writeFileSync(
    join(dir, 'laravel-echo-server.json'),
    JSON.stringify(laravelEchoServerConfig(port), null, 2),
  );
  try {
    const server = await spawnServer({
      kind: 'laravel-echo-server',
      command: process.execPath,
      args: [bin, 'start', '--dir', dir],
      cwd: dir,
      env: { NO_COLOR: '1', FORCE_COLOR: '0' },
      readyUrl: (line) => (line.includes('Server ready!') ? `http://${LOOPBACK}:${port}` : undefined),
    });
    return {
      ...server,
      async stop() {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Subscribers laravel-echo-server holds on a channel, from its HTTP API: socket.io subscriptions are not
 * acknowledged, so this is how the bench knows every subscriber is in before publishing.
 */
export async function laravelEchoServerSubscribers(baseUrl: string, channel: string): Promise<number> {
  const response = await fetch(
    `${baseUrl}/apps/${BENCH_APP.id}/channels/${channel}?auth_key=${BENCH_APP.key}`,
  );
  const body = (await response.json()) as { subscription_count?: number };
  return body.subscription_count ?? 0;
}
