import { fileURLToPath } from 'node:url';
import { BENCH_APP, LOOPBACK } from '../credentials.js';
import { listeningUrl } from './raw-ws.js';
import { type ServerUnderTest, spawnServer } from './server-process.js';

const cli = fileURLToPath(new URL('../../../packages/server/bin/echokit-server.js', import.meta.url));
const fallback = fileURLToPath(new URL('./echokit-fallback.mjs', import.meta.url));

/** Our server, and how it was started (the report says which). */
export interface EchokitServer extends ServerUnderTest {
  launchedBy: 'cli' | 'library';
}

/** Flags that start one `echokit-server` node serving the bench app. */
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
 * Starts `echokit-server start` in its own process (built `dist/` required). Falls back to the library's
 * `startServer` in a small child script when the CLI refuses the app flags.
 */
export async function startEchokit(extraArgs: string[] = []): Promise<EchokitServer> {
  try {
    const server = await spawnServer({
      kind: 'echokit',
      command: process.execPath,
      args: echokitArgs(extraArgs),
      readyUrl: listeningUrl,
    });
    return { ...server, launchedBy: 'cli' };
  } catch (cliError) {
    if (extraArgs.length) throw cliError;
    const server = await spawnServer({
      kind: 'echokit',
      command: process.execPath,
      args: [fallback, BENCH_APP.id, BENCH_APP.key, BENCH_APP.secret],
      readyUrl: listeningUrl,
    });
    return { ...server, launchedBy: 'library' };
  }
}
