import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

/**
 * The options a front end passes to `new Echo({...})`, from the api's configuration, so the apps need no
 * build-time `VITE_PUSHER_*` variables. `wsHost: null` means "the page's own hostname".
 */
export interface EchoConfig {
  broadcaster: 'reverb';
  key: string;
  wsHost: string | null;
  wsPort: number;
  wssPort: number;
  forceTLS: boolean;
  enabledTransports: Array<'ws' | 'wss'>;
  authEndpoint: string;
}

/** `GET /api/echo-config`: public, like the app key itself. */
export function echoConfigRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/api/echo-config', (c) => {
    const { pusher, browserSocket } = c.var.deps.config;
    const data: EchoConfig = {
      broadcaster: 'reverb',
      key: pusher.key,
      wsHost: browserSocket.host,
      wsPort: browserSocket.port,
      wssPort: browserSocket.port,
      forceTLS: browserSocket.scheme === 'https',
      enabledTransports: ['ws', 'wss'],
      authEndpoint: '/broadcasting/auth',
    };
    return c.json({ data });
  });
  return routes;
}
