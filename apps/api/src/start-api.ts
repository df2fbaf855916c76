import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { Broadcaster } from './broadcasting/broadcaster.js';
import { type ChannelInfo, PusherChannelInfo } from './broadcasting/channel-info.js';
import { PusherChannelSigner } from './broadcasting/channel-signer.js';
import { PusherBroadcaster } from './broadcasting/pusher-broadcaster.js';
import { createPusherClient } from './broadcasting/pusher-client.js';
import { channelRules } from './channels/channel-rules.js';
import type { ApiConfig } from './config.js';
import { ActiveUsersCounter } from './dashboard/active-users.js';
import { MetricsGenerator } from './dashboard/metrics-generator.js';
import type { Db } from './db/connection.js';
import { prepareDatabase } from './db/prepare-database.js';
import { createLogger, type Logger } from './logger.js';

/** Options for {@link startApi}. */
export interface StartApiOptions {
  config: ApiConfig;
  /** Replaces the pusher-SDK publisher (e.g. a Redis one). */
  broadcaster?: Broadcaster;
  /** Replaces the pusher-SDK channel queries behind the active-users count. */
  channelInfo?: ChannelInfo;
  logger?: Logger;
}

/** A running api. */
export interface RunningApi {
  /** The bound port (useful with `config.port = 0`). */
  port: number;
  /** `http://host:port`. */
  url: string;
  db: Db;
  /** Stops the metrics generator, the HTTP server and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens and migrates the database (seeding an empty one), builds the app, starts the dashboard generator
 * and listens. Resolves once the port is bound.
 *
 * @example
 * const api = await startApi({ config: loadConfig({ API_PORT: '0', DB_DATABASE: ':memory:' }) });
 * console.log(api.url);
 * await api.close();
 */
export async function startApi(options: StartApiOptions): Promise<RunningApi> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = prepareDatabase(config.database);
  const pusher = createPusherClient(config.pusher);
  const broadcaster = options.broadcaster ?? new PusherBroadcaster(pusher);
  const activeUsers = new ActiveUsersCounter(options.channelInfo ?? new PusherChannelInfo(pusher), logger);
  const metrics = new MetricsGenerator({
    broadcaster,
    logger,
    updatesPerSecond: config.dashboardUpdatesPerSecond,
    activeUsers: () => activeUsers.current(),
  });
  const app = createApp({
    config,
    db,
    logger,
    broadcaster,
    signer: new PusherChannelSigner(pusher),
    channelRules,
    metrics,
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    db.close();
    throw error;
  }
  if (config.dashboardUpdatesPerSecond > 0) {
    activeUsers.start();
    metrics.start();
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  return {
    port,
    url,
    db,
    close: async () => {
      metrics.stop();
      activeUsers.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections (browsers, pusher-js's auth requests) would hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      db.close();
    },
  };
}
