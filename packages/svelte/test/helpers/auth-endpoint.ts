import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEchokit, type EchokitClient } from '@echokit/core';

/** The test app's credentials, as a Laravel `.env` holds them. */
export const APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' } as const;

/** A user the auth endpoint signs presence data for (Laravel's authenticated user). */
export interface TestUser {
  id: number;
  name: string;
}

/**
 * A stand-in for Laravel's `POST /broadcasting/auth` on a free port: form `socket_id` + `channel_name` in,
 * `{ auth, channel_data? }` out, signed with the app secret; the user comes from the `X-Test-User` header.
 * It answers CORS, since pusher-js in jsdom calls it with XMLHttpRequest from another origin.
 */
export async function startAuthEndpoint() {
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', '*');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      const form = new URLSearchParams(body);
      const socketId = form.get('socket_id') ?? '';
      const channel = form.get('channel_name') ?? '';
      const user = JSON.parse(String(request.headers['x-test-user'] ?? 'null')) as TestUser | null;
      if (!user) return void response.writeHead(403).end('{"message":"This action is unauthorized."}');
      const channelData = channel.startsWith('presence-')
        ? JSON.stringify({ user_id: user.id, user_info: { name: user.name } })
        : undefined;
      const signed = [socketId, channel, ...(channelData ? [channelData] : [])].join(':');
      const signature = createHmac('sha256', APP.secret).update(signed).digest('hex');
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ auth: `${APP.key}:${signature}`, channel_data: channelData }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/broadcasting/auth`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An Echokit client configured as a Laravel app configures Echo for Reverb, acting as `user`. */
export function createReverbClient(port: number, authUrl: string, user: TestUser): EchokitClient {
  return createEchokit({
    broadcaster: 'reverb',
    key: APP.key,
    wsHost: '127.0.0.1',
    wsPort: port,
    wssPort: port,
    forceTLS: false,
    enabledTransports: ['ws'],
    authEndpoint: authUrl,
    auth: { headers: { 'X-Test-User': JSON.stringify(user) } },
  }) as unknown as EchokitClient;
}
