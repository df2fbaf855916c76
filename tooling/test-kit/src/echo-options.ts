import { type EndpointUser, TEST_USER_HEADER } from './laravel-auth-endpoint.js';

/**
 * The options a Laravel app gives Echo for Reverb (`broadcaster: 'reverb'`), pointed at a test server on
 * `port` and an auth endpoint at `authUrl`, acting as `user` (none: the endpoint refuses private channels).
 *
 * @example
 * const client = createEchokit(reverbEchoOptions(APP, server.port, auth.url, ADA));
 */
export function reverbEchoOptions(app: { key: string }, port: number, authUrl: string, user?: EndpointUser) {
  const headers: Record<string, string> = user ? { [TEST_USER_HEADER]: JSON.stringify(user) } : {};
  return {
    broadcaster: 'reverb' as const,
    key: app.key,
    wsHost: '127.0.0.1',
    wsPort: port,
    wssPort: port,
    forceTLS: false,
    enabledTransports: ['ws'] as Array<'ws'>,
    authEndpoint: authUrl,
    auth: { headers },
  };
}
