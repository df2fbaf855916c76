import { afterEach, describe, expect, it } from 'vitest';
import type { RunningApi } from '../src/start-api.js';
import { HttpClient } from './support/http-client.js';
import { RecordingBroadcaster } from './support/recording-broadcaster.js';
import { startTestApi, TEST_PUSHER } from './support/test-api.js';

let api: RunningApi | undefined;
afterEach(() => api?.close());

describe('GET /api/echo-config', () => {
  it('gives a front end the Echo options, without a session', async () => {
    api = await startTestApi({ broadcaster: new RecordingBroadcaster(), env: { PUSHER_PORT: '7001' } });
    const response = await new HttpClient(api.url).get('/api/echo-config');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: {
        broadcaster: 'reverb',
        key: TEST_PUSHER.key,
        wsHost: null,
        wsPort: 7001,
        wssPort: 7001,
        forceTLS: false,
        enabledTransports: ['ws', 'wss'],
        authEndpoint: '/broadcasting/auth',
      },
    });
  });
});
