import { CacheStore } from './channels/cache-store.js';
import { ChannelRegistry } from './channels/channel-registry.js';
import type { AppConfig } from './config/app-config.js';
import type { Connection } from './connection/connection.js';
import { UserRegistry } from './users/user-registry.js';

/** Everything this process holds for one app: its sockets, channels, signed-in users and cache. */
export class AppState {
  /** Open connections by socket id. */
  readonly connections = new Map<string, Connection>();
  readonly channels = new ChannelRegistry();
  readonly users = new UserRegistry();
  readonly cache: CacheStore;

  constructor(readonly app: AppConfig) {
    this.cache = new CacheStore(app.cacheTtl);
  }

  close(): void {
    this.cache.close();
  }
}
