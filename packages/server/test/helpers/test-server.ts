import type { AppConfigInput, RunningServer } from '../../src/index.js';
import { startServer } from '../../src/index.js';

/** The app every test uses unless it needs other settings. */
export const TEST_APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' } as const;

/** Starts the real server on a free port, quiet, with `apps` (default: {@link TEST_APP}). */
export function startTestServer(apps: AppConfigInput[] = [TEST_APP]): Promise<RunningServer> {
  return startServer({ port: 0, apps, logLevel: 'silent' });
}

/** `ws://…/app/{key}?protocol=7…`, what pusher-js connects to; `query` replaces the query string. */
export function socketUrl(
  server: RunningServer,
  key: string = TEST_APP.key,
  query = 'protocol=7&client=js&version=8.6.0',
): string {
  return `ws://127.0.0.1:${server.port}/app/${key}${query ? `?${query}` : ''}`;
}

/** Anything a test opened that must be closed: pusher-js clients (`disconnect`) and raw sockets (`close`). */
export interface OpenClients {
  clients?: { disconnect(): void }[];
  raws?: { close(): void }[];
}

/**
 * After a test: closes its clients first (so none of them sees the 4200 and tries to reconnect), then
 * the server. Empties the lists for the next test.
 */
export async function closeAll(server: RunningServer | undefined, open: OpenClients): Promise<void> {
  for (const client of open.clients?.splice(0) ?? []) client.disconnect();
  for (const raw of open.raws?.splice(0) ?? []) raw.close();
  await server?.close();
}
