import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@echokit/server';
import { loadConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { type RunningApi, startApi } from '../start-api.js';

/** The built front ends, served by the api under one origin. */
export const DEMO_STATIC_ROOTS: Record<string, string> = Object.fromEntries(
  ['chat', 'notifications', 'dashboard'].map((app) => [
    `/${app}`,
    fileURLToPath(new URL(`../../${app}/dist`, import.meta.url)),
  ]),
);

/** Vite dev servers of the three apps, proxied by the api under the same prefixes in `pnpm dev`. */
export const DEMO_DEV_SERVERS: Record<string, string> = {
  '/chat': 'http://127.0.0.1:5173',
  '/notifications': 'http://127.0.0.1:5174',
  '/dashboard': 'http://127.0.0.1:5175',
};

/** Options for {@link startDemo}; everything has a default that matches `echokit-server start`. */
export interface StartDemoOptions {
  host?: string;
  /** Socket server port; `0` picks a free one. Default 6001. */
  serverPort?: number;
  /** Api (and page) port; `0` picks a free one. Default 8000. */
  apiPort?: number;
  /** Proxy the apps to their Vite dev servers ({@link DEMO_DEV_SERVERS}) instead of serving their builds. */
  devServers?: boolean;
  /** Extra environment for the api (`DB_DATABASE`, `DASHBOARD_UPDATES_PER_SECOND`, …). */
  apiEnv?: Record<string, string | undefined>;
  logger?: Logger;
}

/** The running demo: the bundled socket server and the api serving the three apps. */
export interface RunningDemo {
  /** The one URL a person opens (the api's landing page). */
  url: string;
  serverPort: number;
  api: RunningApi;
  server(): RunningServer;
  /** Stops the socket server and starts it again on the same port (clients see 4200, then reconnect). */
  restartSocketServer(): Promise<void>;
  close(): Promise<void>;
}

const DEMO_APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' };

/**
 * Starts the whole demo in this process: `echokit-server` with the demo app, then the api with the built
 * front ends as static roots.
 *
 * @example
 * const demo = await startDemo({ serverPort: 0, apiPort: 0 });
 * console.log(demo.url);
 */
export async function startDemo(options: StartDemoOptions = {}): Promise<RunningDemo> {
  const host = options.host ?? '127.0.0.1';
  let server = await startServer({
    host,
    port: options.serverPort ?? 6001,
    apps: [DEMO_APP],
    logLevel: 'warn',
  });
  const serverPort = server.port;
  const config = loadConfig({
    API_HOST: host,
    API_PORT: String(options.apiPort ?? 8000),
    PUSHER_APP_ID: DEMO_APP.id,
    PUSHER_APP_KEY: DEMO_APP.key,
    PUSHER_APP_SECRET: DEMO_APP.secret,
    PUSHER_HOST: host,
    PUSHER_PORT: String(serverPort),
    ...options.apiEnv,
  });
  config.staticRoots = {
    ...(options.devServers ? DEMO_DEV_SERVERS : DEMO_STATIC_ROOTS),
    ...config.staticRoots,
  };
  let api: RunningApi;
  try {
    api = await startApi(options.logger ? { config, logger: options.logger } : { config });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    url: api.url,
    serverPort,
    api,
    server: () => server,
    restartSocketServer: async () => {
      await server.close();
      server = await startServer({ host, port: serverPort, apps: [DEMO_APP], logLevel: 'warn' });
    },
    close: async () => {
      await api.close();
      await server.close();
    },
  };
}
