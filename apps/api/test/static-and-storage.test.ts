import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrations.js';
import { prepareDatabase } from '../src/db/prepare-database.js';
import { HttpClient } from './support/http-client.js';
import { RecordingBroadcaster } from './support/recording-broadcaster.js';
import { startTestApi } from './support/test-api.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'echokit-api-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('storage', () => {
  it('keeps data in the SQLite file across restarts, seeding only once', async () => {
    const database = join(dir, 'nested', 'database.sqlite');
    const first = await startTestApi({ database, broadcaster: new RecordingBroadcaster() });
    const ada = new HttpClient(first.url);
    await ada.login(1);
    await ada.post('/api/rooms/1/messages', { body: 'survives a restart' });
    await first.close();

    const second = await startTestApi({ database, broadcaster: new RecordingBroadcaster() });
    try {
      const again = new HttpClient(second.url);
      await again.login(1);
      const { data } = (await (await again.get('/api/rooms/1/messages')).json()) as {
        data: Array<{ body: string }>;
      };
      expect(data.map((m) => m.body).filter((body) => body === 'survives a restart')).toHaveLength(1);
      expect(data).toHaveLength(4);
      const users = (await (await again.get('/api/users')).json()) as { data: unknown[] };
      expect(users.data).toHaveLength(4);
    } finally {
      await second.close();
    }
  });

  it('runs migrations once', () => {
    const db = prepareDatabase(':memory:');
    expect(migrate(db)).toBe(0);
    db.close();
  });
});

describe('static roots', () => {
  it('serves a built app under its prefix, with index.html for client-side routes', async () => {
    const dist = join(dir, 'chat-dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>chat</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("chat")');
    const api = await startTestApi({
      broadcaster: new RecordingBroadcaster(),
      env: { API_STATIC_ROOTS: `/chat=${dist};/dashboard=${join(dir, 'not-built')}` },
    });
    try {
      const client = new HttpClient(api.url);
      const index = await client.get('/chat/');
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('<title>chat</title>');
      const asset = await client.get('/chat/assets/app.js');
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect(await asset.text()).toBe('console.log("chat")');
      expect(await (await client.get('/chat/rooms/2')).text()).toContain('<title>chat</title>');
      expect((await client.get('/chat')).status).toBe(301);
      // Not built yet: a JSON 404, the api keeps serving.
      expect((await client.get('/dashboard/')).status).toBe(404);
      expect((await client.get('/api/users')).status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
