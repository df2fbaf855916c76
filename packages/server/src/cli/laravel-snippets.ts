import type { AppConfig } from '../config/app-config.js';

/** Where clients reach the server, as a Laravel app and its front end should be told. */
export interface PublicAddress {
  host: string;
  port: number;
  scheme: 'http' | 'https';
}

/** A wildcard bind address is not somewhere a browser can connect to; `localhost` is. */
export function publicAddress(host: string, port: number): PublicAddress {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
  return { host: wildcard ? 'localhost' : host, port, scheme: 'http' };
}

/** The `.env` lines for Laravel's `reverb` broadcast driver (Laravel 11+) and the Vite front end. */
export function reverbEnvLines(app: AppConfig, address: PublicAddress): string[] {
  return [
    'BROADCAST_CONNECTION=reverb',
    `REVERB_APP_ID=${app.id}`,
    `REVERB_APP_KEY=${app.key}`,
    `REVERB_APP_SECRET=${app.secret}`,
    `REVERB_HOST=${address.host}`,
    `REVERB_PORT=${address.port}`,
    `REVERB_SCHEME=${address.scheme}`,
    '',
    viteLine('REVERB_APP_KEY'),
    viteLine('REVERB_HOST'),
    viteLine('REVERB_PORT'),
    viteLine('REVERB_SCHEME'),
  ];
}

/** The `.env` lines for Laravel's `pusher` broadcast driver pointed at this server. */
export function pusherEnvLines(app: AppConfig, address: PublicAddress): string[] {
  return [
    'BROADCAST_CONNECTION=pusher',
    '# Laravel 10 and older read BROADCAST_DRIVER=pusher instead',
    `PUSHER_APP_ID=${app.id}`,
    `PUSHER_APP_KEY=${app.key}`,
    `PUSHER_APP_SECRET=${app.secret}`,
    `PUSHER_HOST=${address.host}`,
    `PUSHER_PORT=${address.port}`,
    `PUSHER_SCHEME=${address.scheme}`,
    'PUSHER_APP_CLUSTER=mt1',
    '',
    viteLine('PUSHER_APP_KEY'),
    viteLine('PUSHER_HOST'),
    viteLine('PUSHER_PORT'),
    viteLine('PUSHER_SCHEME'),
    viteLine('PUSHER_APP_CLUSTER'),
  ];
}

/** A `resources/js/echo.js` that connects laravel-echo to this server, values filled in. */
export function echoSnippet(app: AppConfig, address: PublicAddress): string[] {
  return [
    "import Echo from 'laravel-echo';",
    "import Pusher from 'pusher-js';",
    '',
    'window.Pusher = Pusher;',
    'window.Echo = new Echo({',
    "  broadcaster: 'reverb',",
    `  key: '${app.key}',`,
    `  wsHost: '${address.host}',`,
    `  wsPort: ${address.port},`,
    `  wssPort: ${address.port},`,
    `  forceTLS: ${address.scheme === 'https'},`,
    "  enabledTransports: ['ws', 'wss'],",
    '});',
  ];
}

/** What `echokit-server` prints when it serves the demo app: credentials, `.env` lines and the Echo snippet. */
export function demoBanner(app: AppConfig, address: PublicAddress): string {
  return [
    '',
    'Serving the demo app. Its secret is public: configure your own app (--app-id/--app-key/--app-secret,',
    'PUSHER_APP_* or REVERB_APP_* env, or --config) before exposing this server.',
    '',
    `  app id:     ${app.id}`,
    `  app key:    ${app.key}`,
    `  app secret: ${app.secret}`,
    '',
    '── Laravel .env, reverb driver ──────────────────────────────',
    ...reverbEnvLines(app, address),
    '',
    '── Laravel .env, pusher driver (instead of the above) ───────',
    ...pusherEnvLines(app, address),
    '',
    '── resources/js/echo.js ─────────────────────────────────────',
    ...echoSnippet(app, address),
    '',
  ].join('\n');
}

/** `VITE_X="${X}"`: Vite expands the reference, so the front end follows the server-side value. */
function viteLine(name: string): string {
  return `VITE_${name}="\${${name}}"`;
}
