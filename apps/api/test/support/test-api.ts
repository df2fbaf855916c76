import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Broadcaster } from '../../src/broadcasting/broadcaster.js';
import type { ChannelInfo } from '../../src/broadcasting/channel-info.js';
import { loadConfig } from '../../src/config.js';
import { type RunningApi, startApi } from '../../src/start-api.js';

/** The pusher credentials tests sign with; the e2e tests give the same to the real server. */
export const TEST_PUSHER = { appId: 'test-app', key: 'test-key', secret: 'test-secret' } as const;

/** Options for {@link startTestApi}. */
export interface TestApiOptions {
  broadcaster?: Broadcaster;
  channelInfo?: ChannelInfo;
  /** Extra environment variables (e.g. `PUSHER_PORT` of a real server). */
  env?: Record<string, string>;
  /** SQLite file; default a fresh file in a temp folder removed on close. */
  database?: string;
}

/** A real api on port 0 with a real SQLite file in a temp folder. */
export async function startTestApi(options: TestApiOptions = {}): Promise<RunningApi> {
  const dir = options.database ? undefined : mkdtempSync(join(tmpdir(), 'echokit-api-'));
  const config = loadConfig({
    API_PORT: '0',
    DB_DATABASE: options.database ?? join(dir as string, 'database.sqlite'),
    LOG_LEVEL: 'silent',
    DASHBOARD_UPDATES_PER_SECOND: '0',
    PUSHER_APP_ID: TEST_PUSHER.appId,
    PUSHER_APP_KEY: TEST_PUSHER.key,
    PUSHER_APP_SECRET: TEST_PUSHER.secret,
    ...options.env,
  });
  const api = await startApi({
    config,
    ...(options.broadcaster && { broadcaster: options.broadcaster }),
    ...(options.channelInfo && { channelInfo: options.channelInfo }),
  });
  return {
    ...api,
    close: async () => {
      await api.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
