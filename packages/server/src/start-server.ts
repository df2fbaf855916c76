import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Adapter } from './adapter/adapter.js';
import { LocalAdapter } from './adapter/local-adapter.js';
import type { AppConfigInput } from './config/app-config.js';
import { AppRegistry } from './config/app-registry.js';
import { DEMO_APP } from './config/demo-app.js';
import { createHttpHandler } from './http/index.js';
import { createLogger, type Logger, type LogLevel } from './logger.js';
import { SocketServer } from './socket-server.js';

/** Options for {@link startServer}. */
export interface StartServerOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Port to bind; `0` picks a free one. Default `6001`. */
  port?: number;
  /** The apps to serve (defaults applied per field); default one demo app, {@link DEMO_APP}. */
  apps?: AppConfigInput[];
  /** A pino logger to use; default a new one at `logLevel`. */
  logger?: Logger;
  /** Level of the default logger; default `info`. */
  logLevel?: LogLevel;
}

/** A running server. */
export interface RunningServer {
  /** The port it listens on (the real one when `port: 0` was asked). */
  port: number;
  /** `http://host:port`; WebSocket clients connect to `ws://host:port/app/{key}`. */
  url: string;
  /** The served apps, validated and with defaults applied. */
  apps: AppRegistry;
  /** Publishes events and answers channel queries, as the HTTP API does. */
  adapter: Adapter;
  /** Closes every socket with 4200, stops listening and resolves when everything is closed. */
  close(): Promise<void>;
}

/**
 * Starts the server (HTTP API and WebSockets on one port) and resolves once it listens.
 *
 * @example
 * const server = await startServer({ port: 0, apps: [{ id: 'app-id', key: 'app-key', secret: 'app-secret' }] });
 * // pusher-js: new Pusher('app-key', { wsHost: '127.0.0.1', wsPort: server.port, forceTLS: false, cluster: '' })
 * await server.adapter.publish({ appId: 'app-id', channels: ['orders'], event: 'created', data: '{}' });
 * await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? createLogger(options.logLevel ?? 'info');
  const apps = new AppRegistry(options.apps ?? [DEMO_APP]);
  const sockets = new SocketServer(apps, logger);
  const adapter = new LocalAdapter((appId) => sockets.state(appId));
  const http = createServer(createHttpHandler({ apps, adapter, logger }));
  http.on('upgrade', (request, socket, head) => sockets.handleUpgrade(request, socket, head));

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 6001, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  logger.info({ host, port, apps: apps.all().map((app) => app.id) }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      await sockets.close();
      await adapter.close();
      http.closeAllConnections();
      await stopped;
    })();
    return closing;
  };
  return { port, url: `http://${urlHost}:${port}`, apps, adapter, close };
}
