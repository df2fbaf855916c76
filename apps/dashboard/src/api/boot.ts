import type { EchokitOptions } from '@echokit/core';
import { fetchEchoOptions, type User } from '@echokit-demo/kit';
import { fetchMe } from './dashboard-api.js';

/** What the page needs before it can show anything live. */
export interface Boot {
  /** laravel-echo's options, from `GET /api/echo-config`. */
  echoOptions: EchokitOptions<'reverb'>;
  /** The signed-in user, `null` when signed out. */
  me: User | null;
}

/** Reads the Echo options and the user in parallel. */
export async function boot(): Promise<Boot> {
  const [echoOptions, me] = await Promise.all([fetchEchoOptions(), fetchMe()]);
  return { echoOptions, me };
}
