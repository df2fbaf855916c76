import Pusher from 'pusher';
import { BENCH_APP } from '../credentials.js';
import { BENCH_EVENT } from '../payload.js';
import type { ServerKind } from '../servers/server-process.js';

// A server that stops answering fails the publish instead of hanging the run.
const PUBLISH_TIMEOUT_MS = 10_000;

/** Sends one benchmark event to some channels through a server's HTTP API. */
export type Publish = (channels: string[], data: string) => Promise<void>;

/** Ours: the official `pusher` SDK, signed with the app secret, exactly as Laravel triggers. */
function pusherSdkPublisher(baseUrl: string): Publish {
  const url = new URL(baseUrl);
  const pusher = new Pusher({
    appId: BENCH_APP.id,
    key: BENCH_APP.key,
    secret: BENCH_APP.secret,
    host: url.hostname,
    port: url.port,
    useTLS: false,
    timeout: PUBLISH_TIMEOUT_MS,
  });
  return async (channels, data) => {
    await pusher.trigger(channels, BENCH_EVENT, data);
  };
}

/**
 * laravel-echo-server (`POST /apps/{appId}/events?auth_key=…`, the key from its `clients` list) and the
 * floor (no auth): the same body the Pusher SDK sends.
 */
function plainPostPublisher(endpoint: string): Publish {
  return async (channels, data) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: BENCH_EVENT, channels, data }),
      signal: AbortSignal.timeout(PUBLISH_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`publish answered ${response.status}`);
  };
}

/** The publisher for a server, each through the HTTP API that server offers. */
export function publisherFor(kind: ServerKind, baseUrl: string): Publish {
  switch (kind) {
    case 'echokit':
      return pusherSdkPublisher(baseUrl);
    case 'laravel-echo-server':
      return plainPostPublisher(`${baseUrl}/apps/${BENCH_APP.id}/events?auth_key=${BENCH_APP.key}`);
    case 'raw-ws':
      return plainPostPublisher(`${baseUrl}/apps/${BENCH_APP.id}/events`);
  }
}
