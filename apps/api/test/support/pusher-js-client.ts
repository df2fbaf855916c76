import {
  connected,
  localPusherOptions,
  roundTrip as pingPong,
  subscribe as subscribeWithin,
} from '@echokit/test-kit';
import Pusher, { type Channel } from 'pusher-js';
import type { HttpClient } from './http-client.js';
import { TEST_PUSHER } from './test-api.js';
import { WAIT_MS } from './wait.js';

/**
 * POSTs pusher-js's form body to one of the api's auth endpoints with the user's session cookie and
 * hands the JSON answer to pusher-js's callback. (In Node, pusher-js's XHR transport refuses to send
 * cookies, so the request is made with fetch, as a browser would with `withCredentials`.)
 */
function authVia<Data>(http: HttpClient, path: string) {
  return (fields: Record<string, string>, callback: (error: Error | null, data: Data | null) => void) => {
    http
      .postForm(path, fields)
      .then(async (response) => {
        const body = (await response.json()) as Data;
        if (response.status !== 200) {
          // pusher-js passes only the message on from a custom handler (its XHR transport adds `status`).
          callback(new Error(`auth answered ${response.status}: ${JSON.stringify(body)}`), null);
          return;
        }
        callback(null, body);
      })
      .catch((error: Error) => callback(error, null));
  };
}

/**
 * A real pusher-js client on the bundled server whose channel authorisation and user sign-in are the
 * api's `/broadcasting/auth` and `/broadcasting/user-auth`, called as `http`'s signed-in user.
 */
export async function connectPusher(socketPort: number, http: HttpClient): Promise<Pusher> {
  const channelAuth = authVia<{ auth: string; channel_data?: string }>(http, '/broadcasting/auth');
  const userAuth = authVia<{ auth: string; user_data: string }>(http, '/broadcasting/user-auth');
  const client = new Pusher(TEST_PUSHER.key, {
    ...localPusherOptions(socketPort),
    channelAuthorization: {
      endpoint: '/broadcasting/auth',
      transport: 'ajax',
      customHandler: ({ socketId, channelName }, callback) =>
        channelAuth({ socket_id: socketId, channel_name: channelName }, callback),
    },
    userAuthentication: {
      endpoint: '/broadcasting/user-auth',
      transport: 'ajax',
      customHandler: ({ socketId }, callback) => userAuth({ socket_id: socketId }, callback),
    },
  });
  await connected(client, WAIT_MS);
  return client;
}

/** Subscribes; resolves on success, rejects with the subscription error's message. */
export function subscribe(client: Pusher, name: string): Promise<Channel> {
  return subscribeWithin(client, name, WAIT_MS);
}

/** Collects every `event` on `channel`, in arrival order. */
export function collect<T = unknown>(channel: Channel, event: string): T[] {
  const received: T[] = [];
  channel.bind(event, (data: T) => received.push(data));
  return received;
}

/**
 * Resolves after a `pusher:ping` is answered: whatever the server sent this client before has arrived,
 * which is how a test shows that something was *not* sent.
 */
export function roundTrip(client: Pusher): Promise<void> {
  return pingPong(client, WAIT_MS);
}
