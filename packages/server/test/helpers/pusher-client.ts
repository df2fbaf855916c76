import Pusher, { type Channel, type Options } from 'pusher-js';
import type { RunningServer } from '../../src/index.js';
import { type AppCredentials, laravelAuth, type TestUser } from './laravel-auth.js';
import { TEST_APP } from './test-server.js';
import { within } from './wait.js';

/** Options for {@link connectPusher}. */
export interface ConnectOptions {
  app?: AppCredentials;
  /** The Laravel user this client authenticates as (presence, sign-in). */
  user?: TestUser;
  /** Make the auth endpoint answer with wrong signatures. */
  refuseAuth?: boolean;
  /** Extra pusher-js options. */
  options?: Partial<Options>;
}

/** pusher-js options pointing at the test server, with Laravel-style auth. */
export function pusherOptions(
  server: RunningServer,
  { app = TEST_APP, user, refuseAuth, options }: ConnectOptions = {},
): Options {
  return {
    cluster: 'mt1',
    wsHost: '127.0.0.1',
    wsPort: server.port,
    forceTLS: false,
    enabledTransports: ['ws'],
    disableStats: true,
    ...laravelAuth(app, user, { refuse: refuseAuth }),
    ...options,
  };
}

/** A real pusher-js client, resolved once it is connected. Disconnect it in `afterEach`. */
export async function connectPusher(server: RunningServer, connect: ConnectOptions = {}): Promise<Pusher> {
  const client = new Pusher((connect.app ?? TEST_APP).key, pusherOptions(server, connect));
  await connected(client);
  return client;
}

/** Resolves when the client is in the `connected` state. */
export function connected(client: Pusher): Promise<void> {
  if (client.connection.state === 'connected') return Promise.resolve();
  return within(
    new Promise<void>((resolve) => client.connection.bind('connected', () => resolve())),
    'pusher-js to connect',
  );
}

/** Subscribes and resolves on `pusher:subscription_succeeded` (rejects on `pusher:subscription_error`). */
export function subscribeTo(client: Pusher, name: string): Promise<Channel> {
  const channel = client.subscribe(name);
  return within(
    new Promise<Channel>((resolve, reject) => {
      channel.bind('pusher:subscription_succeeded', () => resolve(channel));
      channel.bind('pusher:subscription_error', (error: unknown) =>
        reject(new Error(`subscription to ${name} failed: ${JSON.stringify(error)}`)),
      );
    }),
    `subscription to ${name}`,
  );
}

/** The next `event` on `channel` (its data). */
export function nextEvent<T = unknown>(
  channel: Channel,
  event: string,
  what = `${event} on ${channel.name}`,
): Promise<T> {
  return within(
    new Promise<T>((resolve) => {
      const handler = (data: T) => {
        channel.unbind(event, handler);
        resolve(data);
      };
      channel.bind(event, handler);
    }),
    what,
  );
}

/**
 * Resolves after a round trip to the server (a `pusher:ping` answered by `pusher:pong`). Anything the
 * server sent this client before answering has arrived by then: how tests show something was *not* sent.
 */
export function roundTrip(client: Pusher): Promise<void> {
  return within(
    new Promise<void>((resolve) => {
      const handler = (message: { event: string }) => {
        if (message.event !== 'pusher:pong') return;
        client.connection.unbind('message', handler);
        resolve();
      };
      client.connection.bind('message', handler);
      client.connection.send_event('pusher:ping', {});
    }),
    'a pong',
  );
}

/**
 * The code of the next Pusher error pusher-js reports: `pusher:error` frames on an open connection, and
 * refusals during the handshake (which pusher-js wraps in a `WebSocketError`).
 */
export function nextErrorCode(client: Pusher): Promise<number> {
  interface PusherError {
    type?: string;
    data?: { code?: number };
    error?: PusherError;
  }
  return within(
    new Promise<number>((resolve) => {
      const handler = (event: PusherError) => {
        const error = event?.type === 'WebSocketError' ? event.error : event;
        if (error?.type === 'PusherError' && typeof error.data?.code === 'number') {
          client.connection.unbind('error', handler);
          resolve(error.data.code);
        }
      };
      client.connection.bind('error', handler);
    }),
    'a Pusher error code',
  );
}

/** The same as {@link nextErrorCode}: the server sends `pusher:error` with the code it then closes with. */
export const nextCloseCode = nextErrorCode;
