import { type AppConfig, type AppConfigInput, appConfigSchema } from './app-config.js';

/** The apps a server serves, found by id (HTTP API) or key (WebSocket URL). */
export class AppRegistry {
  private readonly byId = new Map<string, AppConfig>();
  private readonly byKey = new Map<string, AppConfig>();

  /** Validates every app (defaults applied) and refuses duplicate ids or keys. */
  constructor(apps: readonly AppConfigInput[]) {
    for (const input of apps) {
      const app = appConfigSchema.parse(input);
      if (this.byId.has(app.id)) throw new Error(`Two apps share the id "${app.id}"`);
      if (this.byKey.has(app.key)) throw new Error(`Two apps share the key "${app.key}"`);
      this.byId.set(app.id, app);
      this.byKey.set(app.key, app);
    }
  }

  findById(id: string): AppConfig | undefined {
    return this.byId.get(id);
  }

  findByKey(key: string): AppConfig | undefined {
    return this.byKey.get(key);
  }

  all(): AppConfig[] {
    return [...this.byId.values()];
  }
}
