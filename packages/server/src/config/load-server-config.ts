import type { z } from 'zod';
import type { AppConfigInput } from './app-config.js';
import { ConfigError } from './config-error.js';
import { readConfigFile } from './config-file.js';
import { type ConfigFlags, describeSources, pickSetting, type Sourced } from './config-sources.js';
import { DEMO_APP } from './demo-app.js';
import { configFileSchema, type ServerConfig, serverConfigSchema } from './server-config.js';
import { issuePath } from './zod-issues.js';

/** Where {@link loadServerConfig} reads from. */
export interface LoadServerConfigOptions {
  /** Command-line flags (strongest). */
  flags?: ConfigFlags;
  /** Environment variables; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Reads the config file; default `fs.readFileSync(path, 'utf8')`. */
  readFile?: (path: string) => string;
}

/** A validated configuration and how it was arrived at. */
export interface LoadedServerConfig {
  config: ServerConfig;
  /** True when no app was configured anywhere and the public demo app is served. */
  usesDemoApp: boolean;
  /** The config file read, if any. */
  configFile?: string;
}

/**
 * Builds the server configuration from flags, then environment variables, then the `--config` JSON
 * file, then defaults — and validates it once. Throws a {@link ConfigError} naming each bad field and
 * where its value came from.
 *
 * An app given by flags or environment (`--app-id`/`PUSHER_APP_ID`/…) is added to the file's apps, or
 * overrides the credentials of the file's app with the same id. With no app anywhere, the demo app
 * (`app-id` / `app-key` / `app-secret`) is served.
 *
 * @example
 * const { config } = loadServerConfig({ flags: { port: '0' }, env: process.env });
 * await startServer(config);
 */
export function loadServerConfig(options: LoadServerConfigOptions = {}): LoadedServerConfig {
  const flags = options.flags ?? {};
  const env = options.env ?? process.env;
  const configFile = pickSetting('config', flags, env);
  const file = configFile ? parseFile(configFile, options.readFile) : {};

  const origins = new Map<string, string>();
  const raw: Record<string, unknown> = { ...file };
  for (const setting of ['host', 'port', 'logLevel'] as const) {
    const picked = pickSetting(setting, flags, env);
    if (picked) {
      raw[setting] = picked.value;
      origins.set(setting, `from ${picked.origin}`);
    } else if (configFile && setting in file) {
      origins.set(setting, `in ${configFile.value}`);
    }
  }

  const apps: AppConfigInput[] = [...((file.apps as AppConfigInput[] | undefined) ?? [])];
  apps.forEach((_, index) => {
    origins.set(`apps[${index}]`, `in ${configFile?.value}`);
  });
  const commandLineApp = pickCommandLineApp(flags, env);
  if (commandLineApp) {
    const index = apps.findIndex((app) => app.id === commandLineApp.app.id);
    if (index === -1) {
      requireCredentials(commandLineApp.app, commandLineApp.origins);
      apps.push(commandLineApp.app as AppConfigInput);
      origins.set(`apps[${apps.length - 1}]`, `from ${commandLineApp.origins.join(', ')}`);
    } else {
      apps[index] = { ...apps[index], ...commandLineApp.app } as AppConfigInput;
    }
  }
  const usesDemoApp = apps.length === 0;
  raw.apps = usesDemoApp ? [DEMO_APP] : apps;

  const parsed = serverConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error, origins));
  checkUnique(parsed.data);
  return { config: parsed.data, usesDemoApp, ...(configFile ? { configFile: configFile.value } : {}) };
}

function parseFile(configFile: Sourced, read?: (path: string) => string): Record<string, unknown> {
  const content = readConfigFile(configFile.value, read);
  const parsed = configFileSchema.safeParse(content);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issuePath(issue.path) || '(top level)'} in ${configFile.value}: ${issue.message}`,
      ),
    );
  }
  // Keep the file's raw values: defaults are applied once, after flags and env are merged in.
  return content as Record<string, unknown>;
}

interface CommandLineApp {
  app: Partial<Record<'id' | 'key' | 'secret', string>>;
  origins: string[];
}

function pickCommandLineApp(
  flags: ConfigFlags,
  env: Readonly<Record<string, string | undefined>>,
): CommandLineApp | undefined {
  const picked = {
    id: pickSetting('appId', flags, env),
    key: pickSetting('appKey', flags, env),
    secret: pickSetting('appSecret', flags, env),
  };
  const app: CommandLineApp['app'] = {};
  const origins: string[] = [];
  for (const [field, value] of Object.entries(picked) as [keyof typeof picked, Sourced | undefined][]) {
    if (!value) continue;
    app[field] = value.value;
    origins.push(value.origin);
  }
  return origins.length > 0 ? { app, origins } : undefined;
}

function requireCredentials(app: CommandLineApp['app'], origins: string[]): void {
  const settings = { id: 'appId', key: 'appKey', secret: 'appSecret' } as const;
  const missing = (Object.keys(settings) as (keyof typeof settings)[]).filter(
    (field) => app[field] === undefined,
  );
  if (missing.length === 0) return;
  throw new ConfigError(
    missing.map(
      (field) =>
        `app ${field} is missing (the app has ${origins.join(', ')}): set ${describeSources(settings[field])}`,
    ),
  );
}

function describeIssues(error: z.ZodError, origins: ReadonlyMap<string, string>): string[] {
  return error.issues.map((issue) => {
    const path = issuePath(issue.path);
    const top =
      issue.path[0] === 'apps' && typeof issue.path[1] === 'number'
        ? `apps[${issue.path[1]}]`
        : String(issue.path[0] ?? '');
    const origin = origins.get(top);
    return `${path || '(top level)'}${origin ? ` (${origin})` : ''}: ${issue.message}`;
  });
}

function checkUnique(config: ServerConfig): void {
  const problems: string[] = [];
  for (const field of ['id', 'key'] as const) {
    const seen = new Set<string>();
    for (const app of config.apps) {
      if (seen.has(app[field])) problems.push(`apps: two apps share the ${field} "${app[field]}"`);
      seen.add(app[field]);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
