import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AppCredentials, laravelChannelAuth } from './laravel-auth.js';

/** The header a test client names its user in (standing in for Laravel's session cookie). */
export const TEST_USER_HEADER = 'X-Test-User';

/** A user the endpoint signs presence data for: `user_info` is `{ name }`. */
export interface EndpointUser {
  id: number;
  name: string;
}

/** A running stand-in for Laravel's `POST /broadcasting/auth`. */
export interface AuthEndpoint {
  /** `http://127.0.0.1:<port>/broadcasting/auth`. */
  url: string;
  /** How many authorisation requests it answered (CORS preflights aside). */
  requests(): number;
  close(): Promise<void>;
}

/** Options for {@link startLaravelAuthEndpoint}. */
export interface AuthEndpointOptions {
  /** Channels to answer 403 for, as a gate in `routes/channels.php` would (default: none). */
  refuse?: (channelName: string) => boolean;
}

/**
 * Answers `POST /broadcasting/auth` on a free port as Laravel does: form `socket_id` + `channel_name` in,
 * `{ auth, channel_data? }` out, signed with the app secret. The user is the JSON of the
 * {@link TEST_USER_HEADER} header; without one, or for a refused channel, it answers 403. It answers CORS,
 * since pusher-js in jsdom calls it with XMLHttpRequest from another origin.
 *
 * @example
 * const auth = await startLaravelAuthEndpoint(APP, { refuse: (channel) => channel.includes('forbidden') });
 */
export async function startLaravelAuthEndpoint(
  app: AppCredentials,
  { refuse = () => false }: AuthEndpointOptions = {},
): Promise<AuthEndpoint> {
  let count = 0;
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', '*');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      count++;
      const form = new URLSearchParams(body);
      const socketId = form.get('socket_id') ?? '';
      const channel = form.get('channel_name') ?? '';
      const header = request.headers[TEST_USER_HEADER.toLowerCase()];
      const user = typeof header === 'string' ? (JSON.parse(header) as EndpointUser) : null;
      if (request.url !== '/broadcasting/auth' || !user || refuse(channel)) {
        response
          .writeHead(403, { 'content-type': 'application/json' })
          .end('{"message":"This action is unauthorized."}');
        return;
      }
      const answer = laravelChannelAuth(app, socketId, channel, { id: user.id, info: { name: user.name } });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/broadcasting/auth`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
