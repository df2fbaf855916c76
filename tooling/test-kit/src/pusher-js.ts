import type Pusher from 'pusher-js';
import type { Channel, Options } from 'pusher-js';
import { WAIT_MS, within } from './wait.js';

/**
 * pusher-js options for a server on `127.0.0.1:<port>` without TLS: WebSocket only, no stats beacons.
 * Spread auth options over them.
 *
 * @example
 * new Pusher(APP.key, { ...localPusherOptions(server.port), channelAuthorization: { customHandler } });
 */
export function localPusherOptions(port: number): Options {
  return {
    cluster: 'mt1',
    wsHost: '127.0.0.1',
    wsPort: port,
    forceTLS: false,
    enabledTransports: ['ws'],
    disableStats: true,
  };
}

/** Resolves when the pusher-js client is in the `connected` state (at once if it already is). */
export function connected(client: Pusher, ms = WAIT_MS): Promise<void> {
  if (client.connection.state === 'connected') return Promise.resolve();
  return within(
    new Promise<void>((resolve) => client.connection.bind('connected', () => resolve())),
    'pusher-js to connect',
    ms,
  );
}

/**
 * Subscribes and resolves on `pusher:subscription_succeeded`; rejects on `pusher:subscription_error` with
 * the error pusher-js reported (an auth handler's message as is).
 *
 * @example
 * const channel = await subscribe(client, 'private-orders');
 */
export function subscribe(client: Pusher, name: string, ms = WAIT_MS): Promise<Channel> {
  const channel = client.subscribe(name);
  return within(
    new Promise<Channel>((resolve, reject) => {
      channel.bind('pusher:subscription_succeeded', () => resolve(channel));
      channel.bind('pusher:subscription_error', (error: { error?: unknown }) => {
        // An auth failure carries the handler's message in `error`; anything else is shown whole.
        const detail = typeof error?.error === 'string' ? error.error : JSON.stringify(error);
        reject(new Error(`subscription to ${name} failed: ${detail}`));
      });
    }),
    `subscription to ${name}`,
    ms,
  );
}

/** The data of the next `event` on `channel`. */
export function nextEvent<T = unknown>(
  channel: Channel,
  event: string,
  what = `${event} on ${channel.name}`,
  ms = WAIT_MS,
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
    ms,
  );
}

/**
 * Resolves after a round trip to the server (a `pusher:ping` answered by `pusher:pong`). Anything the
 * server sent this client before answering has arrived by then: how tests show something was *not* sent.
 */
export function roundTrip(client: Pusher, ms = WAIT_MS): Promise<void> {
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
    ms,
  );
}
