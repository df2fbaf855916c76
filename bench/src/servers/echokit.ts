import { fileURLToPath } from 'node:url';
import { BENCH_APP, LOOPBACK } from '../credentials.js';
import { listeningUrl } from './raw-ws.js';
import { type ServerUnderTest, spawnServer } from './server-process.js';

const cli = fileURLToPath(new URL('../../../packages/server/bin/echokit-server.js', import.meta.url));

/** Flags that start one `echokit-server` node serving the bench app, plus `extra` (cluster flags). */
export function echokitArgs(extra: string[] = []): string[] {
  return [
    cli,
    'start',
    '--host',
    LOOPBACK,
    '--port',
    '0',
    '--app-id',
    BENCH_APP.id,
    '--app-key',
    BENCH_APP.key,
    '--app-secret',
    BENCH_APP.secret,
    ...extra,
  ];
}

/**
 * Starts `echokit-server start` (built `dist/` required) in its own process, exactly as a user would, and
 * resolves once it prints `listening on http://HOST:PORT`.
 */
export function startEchokit(extraArgs: string[] = []): Promise<ServerUnderTest> {
  return spawnServer({
    kind: 'echokit',
    command: process.execPath,
    args: echokitArgs(extraArgs),
    readyUrl: listeningUrl,
  });
}
