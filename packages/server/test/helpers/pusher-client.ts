import { connected, localPusherOptions, within } from '@echokit/test-kit';
import Pusher, { type Options } from 'pusher-js';
import type { RunningServer } from '../../src/index.js';
import { type AppCredentials, laravelAuth, type TestUser } from './laravel-auth.js';
import { TEST_APP } from './test-server.js';

// The pusher-js helpers every suite shares live in the kit; this module adds the server's own.
export { connected, nextEvent, roundTrip, subscribe as subscribeTo } from '@echokit/test-kit';

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
    ...localPusherOptions(server.port),
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
