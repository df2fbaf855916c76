import Pusher from 'pusher';
import type { PusherConnectionConfig } from '../config.js';

/** The official pusher SDK client pointed at the socket server, as Laravel's pusher driver builds it. */
export function createPusherClient(config: PusherConnectionConfig): Pusher {
  return new Pusher({
    appId: config.appId,
    key: config.key,
    secret: config.secret,
    host: config.host,
    port: String(config.port),
    useTLS: config.scheme === 'https',
    // A stalled socket server must not hold API requests (and the dashboard's ticks) for long.
    timeout: 5_000,
  });
}
