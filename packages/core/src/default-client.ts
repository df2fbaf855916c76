import type Echo from 'laravel-echo';
import type { BroadcastDriver } from 'laravel-echo';
import { createEchokit, type EchokitClient, type EchokitOptions, type EchokitSettings } from './client.js';

let current: EchokitClient | null = null;

/** Vite's `import.meta.env`, when the app is built by Vite; nothing elsewhere. */
function viteEnv(): Record<string, string | undefined> {
  return ((import.meta as { env?: Record<string, string | undefined> }).env ?? {}) as Record<
    string,
    string | undefined
  >;
}

/**
 * The defaults @laravel/echo-react/vue fill in per broadcaster from Vite's env (`VITE_REVERB_APP_KEY`,
 * `VITE_REVERB_HOST`, `VITE_REVERB_PORT`, `VITE_REVERB_SCHEME`, `VITE_PUSHER_*`, …).
 */
export function laravelDefaults(
  broadcaster: string,
  env: Record<string, string | undefined> = viteEnv(),
): Record<string, unknown> {
  switch (broadcaster) {
    case 'reverb':
      return {
        broadcaster: 'reverb',
        key: env.VITE_REVERB_APP_KEY,
        wsHost: env.VITE_REVERB_HOST,
        wsPort: env.VITE_REVERB_PORT,
        wssPort: env.VITE_REVERB_PORT,
        forceTLS: (env.VITE_REVERB_SCHEME ?? 'https') === 'https',
        enabledTransports: ['ws', 'wss'],
      };
    case 'pusher':
      return {
        broadcaster: 'pusher',
        key: env.VITE_PUSHER_APP_KEY,
        cluster: env.VITE_PUSHER_APP_CLUSTER,
        forceTLS: true,
        wsHost: env.VITE_PUSHER_HOST,
        wsPort: env.VITE_PUSHER_PORT,
        wssPort: env.VITE_PUSHER_PORT,
        enabledTransports: ['ws', 'wss'],
      };
    case 'socket.io':
      return { broadcaster: 'socket.io', host: env.VITE_SOCKET_IO_HOST };
    case 'ably':
      return {
        broadcaster: 'pusher',
        key: env.VITE_ABLY_PUBLIC_KEY,
        wsHost: 'realtime-pusher.ably.io',
        wsPort: 443,
        disableStats: true,
        encrypted: true,
      };
    default:
      return { broadcaster };
  }
}

/**
 * Configures the module-level default client, like @laravel/echo-react's `configureEcho`: Laravel's
 * per-broadcaster defaults (from Vite's env) are merged under your options. Calling it again reconfigures
 * the same client (channels in use resubscribe on the new connection). Creates no socket by itself.
 *
 * @example
 * configureEcho({ broadcaster: 'reverb' }); // reads VITE_REVERB_* like Laravel's starter kits
 */
export function configureEcho<T extends BroadcastDriver>(
  options: EchokitOptions<T> & { broadcaster: T },
  settings?: EchokitSettings,
): EchokitClient<T> {
  const merged = { ...laravelDefaults(String(options.broadcaster)), ...options } as Parameters<
    typeof createEchokit
  >[0];
  if (current) current.reconfigure(merged, settings);
  else current = createEchokit(merged, settings);
  return current as unknown as EchokitClient<T>;
}

/** True once {@link configureEcho} (or {@link setDefaultEchokit}) ran. */
export function echoIsConfigured(): boolean {
  return current !== null;
}

/**
 * The default client; throws the same message as @laravel/echo-react when nothing is configured.
 */
export function getEchokit<T extends BroadcastDriver = BroadcastDriver>(): EchokitClient<T> {
  if (!current) throw new Error('Echo has not been configured. Please call `configureEcho()`.');
  return current as unknown as EchokitClient<T>;
}

/** The default client's laravel-echo instance (created on first call), like @laravel/echo-react's `echo()`. */
export function echo<T extends BroadcastDriver = BroadcastDriver>(): Echo<T> {
  return getEchokit<T>().echo;
}

/**
 * Makes `client` the default (a provider's client, or a testing fake); `null` forgets it without
 * destroying it.
 */
export function setDefaultEchokit(client: EchokitClient | null): void {
  current = client;
}
