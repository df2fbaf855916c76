import { afterEach, beforeEach } from 'vitest';
import type { RunningApi } from '../../src/start-api.js';
import { HttpClient } from './http-client.js';
import { RecordingBroadcaster } from './recording-broadcaster.js';
import { startTestApi } from './test-api.js';

/** A fresh api (temp SQLite file, recording broadcaster) per test; read its fields inside tests. */
export interface ApiFixture {
  readonly api: RunningApi;
  readonly broadcaster: RecordingBroadcaster;
  /** A new client, signed in as `userId` when given. */
  client(userId?: number): Promise<HttpClient>;
}

/** Registers `beforeEach`/`afterEach` that start and stop a test api. */
export function useApi(): ApiFixture {
  let api: RunningApi | undefined;
  let broadcaster = new RecordingBroadcaster();
  beforeEach(async () => {
    broadcaster = new RecordingBroadcaster();
    api = await startTestApi({ broadcaster });
  });
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });
  const running = () => {
    if (!api) throw new Error('the test api is not running (use the fixture inside a test)');
    return api;
  };
  return {
    get api() {
      return running();
    },
    get broadcaster() {
      return broadcaster;
    },
    async client(userId) {
      const client = new HttpClient(running().url);
      if (userId !== undefined) await client.login(userId);
      return client;
    },
  };
}
