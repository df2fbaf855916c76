import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyMd5, httpRequestSignature } from '../src/auth/http-signature.js';
import { type RunningServer, startServer } from '../src/index.js';

// Every status the HTTP API answers, through raw signed requests against the real server.
const app = { id: '1', key: 'key-1', secret: 'secret-1' };
const disabled = { id: '2', key: 'key-2', secret: 'secret-2', enabled: false };
const small = { id: '3', key: 'key-3', secret: 'secret-3', maxMessageBytes: 100 };

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, apps: [app, disabled, small], logLevel: 'silent' });
});
afterAll(async () => server?.close());

interface SignOptions {
  key?: string;
  secret?: string;
  timestamp?: number;
  params?: Record<string, string>;
  /** Replaces the computed body_md5 (`null` leaves it out). */
  bodyMd5?: string | null;
}

/** Signs a request the way the official SDKs do and returns the query string. */
function signedQuery(
  method: string,
  path: string,
  body: string | undefined,
  options: SignOptions = {},
): string {
  const params: Record<string, string> = {
    auth_key: options.key ?? app.key,
    auth_timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    auth_version: '1.0',
    ...options.params,
  };
  const md5 = options.bodyMd5 === undefined ? (body ? bodyMd5(body) : undefined) : options.bodyMd5;
  if (md5) params.body_md5 = md5;
  params.auth_signature = httpRequestSignature(options.secret ?? app.secret, method, path, params);
  return new URLSearchParams(params).toString();
}

async function call(method: 'GET' | 'POST', path: string, body?: unknown, options?: SignOptions) {
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(`${server.url}${path}?${signedQuery(method, path, text, options)}`, {
    method,
    body: text,
    headers: text === undefined ? {} : { 'content-type': 'application/json' },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const event = (extra: Record<string, unknown> = {}) => ({
  name: 'ping',
  data: '{}',
  channel: 'orders',
  ...extra,
});

describe('HTTP API status codes', () => {
  it('200: health check, publish, batch, channel queries and terminate', async () => {
    const up = await fetch(`${server.url}/up`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ health: 'OK' });
    expect(await call('POST', '/apps/1/events', event())).toEqual({ status: 200, body: {} });
    expect(await call('POST', '/apps/1/events', event({ channel: undefined, channels: ['a', 'b'] }))).toEqual(
      {
        status: 200,
        body: {},
      },
    );
    expect(
      await call('POST', '/apps/1/batch_events', { batch: [event(), event({ channel: 'other' })] }),
    ).toEqual({
      status: 200,
      body: {},
    });
    expect(await call('GET', '/apps/1/channels')).toEqual({ status: 200, body: { channels: {} } });
    expect(
      await call('GET', '/apps/1/channels', undefined, {
        params: { filter_by_prefix: 'presence-', info: 'user_count' },
      }),
    ).toEqual({
      status: 200,
      body: { channels: {} },
    });
    expect(
      await call('GET', '/apps/1/channels/orders', undefined, { params: { info: 'subscription_count' } }),
    ).toEqual({
      status: 200,
      body: { occupied: false, subscription_count: 0 },
    });
    expect(await call('GET', '/apps/1/channels/presence-room/users')).toEqual({
      status: 200,
      body: { users: [] },
    });
    expect(await call('POST', '/apps/1/users/42/terminate_connections', {})).toEqual({
      status: 200,
      body: {},
    });
  });

  it('400: bad JSON, missing or wrong fields, too many channels or events, info not allowed, users of a non-presence channel', async () => {
    const cases: [string, 'GET' | 'POST', string, unknown, SignOptions?][] = [
      ['not JSON', 'POST', '/apps/1/events', '{"name": "ping",'],
      ['missing name', 'POST', '/apps/1/events', { data: '{}', channel: 'orders' }],
      ['data not a string', 'POST', '/apps/1/events', event({ data: { id: 1 } })],
      ['no channel', 'POST', '/apps/1/events', { name: 'ping', data: '{}' }],
      ['both channel and channels', 'POST', '/apps/1/events', event({ channels: ['a'] })],
      ['invalid channel name', 'POST', '/apps/1/events', event({ channel: 'white space' })],
      [
        '101 channels',
        'POST',
        '/apps/1/events',
        event({ channel: undefined, channels: Array.from({ length: 101 }, (_, i) => `c${i}`) }),
      ],
      [
        'an encrypted channel among others',
        'POST',
        '/apps/1/events',
        event({ channel: undefined, channels: ['private-encrypted-a', 'b'] }),
      ],
      ['bad socket_id', 'POST', '/apps/1/events', event({ socket_id: 'abc' })],
      ['unknown info attribute', 'POST', '/apps/1/events', event({ info: 'user_cuont' })],
      [
        '11 events in a batch',
        'POST',
        '/apps/1/batch_events',
        { batch: Array.from({ length: 11 }, () => event()) },
      ],
      ['batch not an array', 'POST', '/apps/1/batch_events', { batch: 'x' }],
      [
        'user_count without a presence prefix',
        'GET',
        '/apps/1/channels',
        undefined,
        { params: { info: 'user_count' } },
      ],
      [
        'user_count with a private prefix',
        'GET',
        '/apps/1/channels',
        undefined,
        { params: { info: 'user_count', filter_by_prefix: 'private-' } },
      ],
      [
        'user_count of a public channel',
        'GET',
        '/apps/1/channels/orders',
        undefined,
        { params: { info: 'user_count' } },
      ],
      ['users of a private channel', 'GET', '/apps/1/channels/private-orders/users', undefined],
    ];
    for (const [label, method, path, body, options] of cases) {
      const answer = await call(method, path, body, options);
      expect({ label, status: answer.status }).toEqual({ label, status: 400 });
      expect(answer.body.error, label).toEqual(expect.any(String));
    }
    // Names the bad field, so the caller can fix it.
    expect((await call('POST', '/apps/1/events', event({ name: undefined }))).body.error).toMatch(/^name: /);
    expect(
      (await call('POST', '/apps/1/events', event({ channel: undefined, channels: Array(101).fill('c') })))
        .body.error,
    ).toMatch(/^channels: at most 100 channels/);
  });

  it('401: bad signature, stale or future timestamp, wrong key, bad or missing body_md5, unsigned', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, unknown, SignOptions][] = [
      ['signed with another secret', event(), { secret: 'wrong' }],
      ['timestamp 11 minutes old', event(), { timestamp: now - 660 }],
      ['timestamp 11 minutes ahead', event(), { timestamp: now + 660 }],
      ["another app's key", event(), { key: disabled.key, secret: disabled.secret }],
      ['body_md5 of another body', event(), { bodyMd5: bodyMd5('{}') }],
      ['no body_md5', event(), { bodyMd5: null }],
    ];
    for (const [label, body, options] of cases) {
      const answer = await call('POST', '/apps/1/events', body, options);
      expect({ label, status: answer.status }).toEqual({ label, status: 401 });
      expect(answer.body.error, label).toEqual(expect.any(String));
    }
    const unsigned = await fetch(`${server.url}/apps/1/channels`);
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toEqual({ error: 'Missing auth_key' });
    const stale = await call('GET', '/apps/1/channels', undefined, { timestamp: now - 601 });
    expect(stale.body.error).toMatch(/auth_timestamp is more than 600 seconds/);
    // Within the window on either side is fine.
    expect((await call('GET', '/apps/1/channels', undefined, { timestamp: now - 590 })).status).toBe(200);
    expect((await call('GET', '/apps/1/channels', undefined, { timestamp: now + 590 })).status).toBe(200);
  });

  it('403: a disabled app', async () => {
    const answer = await call('POST', '/apps/2/events', event(), {
      key: disabled.key,
      secret: disabled.secret,
    });
    expect(answer).toEqual({ status: 403, body: { error: 'App "2" is disabled' } });
  });

  it('404: unknown app or route', async () => {
    expect(await call('POST', '/apps/99/events', event())).toEqual({
      status: 404,
      body: { error: 'No app with id "99"' },
    });
    const unknownRoute = await fetch(`${server.url}/apps/1/nothing-here`);
    expect(unknownRoute.status).toBe(404);
    expect(await unknownRoute.json()).toEqual({ error: 'No route for GET /apps/1/nothing-here' });
    const wrongMethod = await call('GET', '/apps/1/events');
    expect(wrongMethod.status).toBe(404);
  });

  it("413: data over the app's maxMessageBytes, and a body far over the limit", async () => {
    const over = await call('POST', '/apps/3/events', event({ data: 'x'.repeat(101) }), {
      key: small.key,
      secret: small.secret,
    });
    expect(over).toEqual({ status: 413, body: { error: 'data is 101 bytes; the limit is 100' } });
    const atLimit = await call('POST', '/apps/3/events', event({ data: 'x'.repeat(100) }), {
      key: small.key,
      secret: small.secret,
    });
    expect(atLimit.status).toBe(200);
    // Default limit 10 KB: one byte over in a batch refuses the whole batch.
    const batch = await call('POST', '/apps/1/batch_events', {
      batch: [event(), event({ data: 'é'.repeat(5121) })],
    });
    expect(batch.status).toBe(413);
    // An announced 5 MB body is refused before it is read, and the answer still arrives.
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const refused = await call('POST', '/apps/1/events', huge);
    expect(refused).toEqual({ status: 413, body: { error: 'Request body is larger than 1048576 bytes' } });
  });

  it('413 for a streamed body without a length, and the server keeps serving', async () => {
    const path = '/apps/1/events';
    const query = signedQuery('POST', path, undefined, { bodyMd5: 'ignored' });
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${server.url}${path}?${query}`, {
        method: 'POST',
        headers: { 'transfer-encoding': 'chunked' },
      });
      req.on('response', (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      // Keep writing until the server answers; it must not wait for the end of the body.
      const pump = () => {
        while (!req.destroyed && req.write(chunk)) {}
      };
      req.on('drain', pump);
      pump();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: 'Request body is larger than 1048576 bytes' });
    expect((await fetch(`${server.url}/up`)).status).toBe(200);
  });
});
