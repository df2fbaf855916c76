import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { channelAuthString } from '@echokit/protocol';

/** An app's credentials, as Laravel's `.env` holds them. */
export interface AppCredentials {
  id: string;
  key: string;
  secret: string;
}

/** A running stand-in for Laravel's `/broadcasting/auth`. */
export interface AuthEndpoint {
  url: string;
  /** How many authorisation requests it answered (to prove grace periods avoid re-auth). */
  requests(): number;
  close(): Promise<void>;
}

/**
 * Answers `POST /broadcasting/auth` as Laravel does: form-encoded `socket_id` + `channel_name` in, `{ auth }`
 * (plus `channel_data` for presence) out, signed with the app secret. The user is the JSON of the
 * `X-Test-User` header (standing in for the session); channels whose name contains `forbidden` get 403.
 */
export async function startAuthEndpoint(app: AppCredentials): Promise<AuthEndpoint> {
  let count = 0;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      count++;
      const form = new URLSearchParams(body);
      const socketId = form.get('socket_id') ?? '';
      const channel = form.get('channel_name') ?? '';
      const userHeader = request.headers['x-test-user'];
      const user =
        typeof userHeader === 'string' ? (JSON.parse(userHeader) as { id: number; name: string }) : null;
      if (request.url !== '/broadcasting/auth' || channel.includes('forbidden') || !user) {
        response
          .writeHead(403, { 'content-type': 'application/json' })
          .end('{"message":"This action is unauthorized."}');
        return;
      }
      const channelData = channel.startsWith('presence-')
        ? JSON.stringify({ user_id: user.id, user_info: { name: user.name } })
        : undefined;
      const signature = createHmac('sha256', app.secret)
        .update(channelAuthString(socketId, channel, channelData))
        .digest('hex');
      const answer = {
        auth: `${app.key}:${signature}`,
        ...(channelData ? { channel_data: channelData } : {}),
      };
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
