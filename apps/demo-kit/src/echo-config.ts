import type { EchokitOptions } from '@echokit/core';
import { getData } from './http.js';
import type { EchoConfig } from './types.js';

/** laravel-echo's options from the api's config: `wsHost: null` becomes this page's hostname. */
export function echoOptionsFrom(config: EchoConfig): EchokitOptions<'reverb'> {
  return { ...config, wsHost: config.wsHost ?? location.hostname };
}

/**
 * Loads Echo's options from `GET /api/echo-config`, so the builds need no `VITE_*` variables.
 *
 * @example
 * const client = createEchokit(await fetchEchoOptions());
 */
export async function fetchEchoOptions(): Promise<EchokitOptions<'reverb'>> {
  return echoOptionsFrom(await getData<EchoConfig>('/api/echo-config'));
}
