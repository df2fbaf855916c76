import type { EchokitOptions } from '@echokit/core';
import { fetchEchoConfig, fetchMe } from './dashboard-api.js';
import type { User } from './types.js';

/** What the page needs before it can show anything live. */
export interface Boot {
  /** laravel-echo's options, from `GET /api/echo-config`. */
  echoOptions: EchokitOptions<'reverb'>;
  /** The signed-in user, `null` when signed out. */
  me: User | null;
}

/** Reads the Echo options and the user in parallel. */
export async function boot(): Promise<Boot> {
  const [config, me] = await Promise.all([fetchEchoConfig(), fetchMe()]);
  const echoOptions: EchokitOptions<'reverb'> = {
    broadcaster: 'reverb',
    key: config.key,
    wsHost: config.wsHost ?? window.location.hostname,
    wsPort: config.wsPort,
    wssPort: config.wssPort,
    forceTLS: config.forceTLS,
    enabledTransports: config.enabledTransports,
    authEndpoint: config.authEndpoint,
  };
  return { echoOptions, me };
}
