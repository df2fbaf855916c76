import type { Broadcaster } from '../broadcasting/broadcaster.js';
import type { ChannelSigner } from '../broadcasting/channel-signer.js';
import type { ChannelRule } from '../channels/channel-rule.js';
import type { ApiConfig } from '../config.js';
import type { MetricsSource } from '../dashboard/metrics-generator.js';
import type { Db } from '../db/connection.js';
import type { Logger } from '../logger.js';
import type { User } from '../models/user.js';

/** What the routes use; built once by `startApi` (or a test) and handed to `createApp`. */
export interface AppDeps {
  config: ApiConfig;
  db: Db;
  logger: Logger;
  broadcaster: Broadcaster;
  signer: ChannelSigner;
  channelRules: readonly ChannelRule[];
  /** The dashboard's current series, for `GET /api/dashboard`. */
  metrics: MetricsSource;
}

/** Hono's typing for the app: the dependencies and the session's user ride on the context. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    user: User | undefined;
  };
}
