import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where the SQLite file lives unless `API_DATA_DIR` / `DB_DATABASE` say otherwise: `apps/api/data/`. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));

const portNumber = z.coerce.number().int().min(0).max(65_535);
const port = (fallback: number) => portNumber.default(fallback);

/**
 * The environment variables the api reads, with Laravel's names where Laravel has one.
 * Validated once at start-up; an invalid value fails with a message naming the variable.
 */
export const envSchema = z.object({
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port(8000),
  API_DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  /** Path of the SQLite file, or `:memory:`; default `<API_DATA_DIR>/database.sqlite`. */
  DB_DATABASE: z.string().min(1).optional(),
  /** Minutes a session lives without use (Laravel's `SESSION_LIFETIME`). */
  SESSION_LIFETIME: z.coerce.number().int().positive().default(120),
  PUSHER_APP_ID: z.string().min(1).default('app-id'),
  PUSHER_APP_KEY: z.string().min(1).default('app-key'),
  PUSHER_APP_SECRET: z.string().min(1).default('app-secret'),
  PUSHER_HOST: z.string().min(1).default('127.0.0.1'),
  PUSHER_PORT: port(6001),
  PUSHER_SCHEME: z.enum(['http', 'https']).default('http'),
  /** Where browsers reach the socket server, if not where the api does (Laravel's front-end names). */
  VITE_PUSHER_HOST: z.string().min(1).optional(),
  VITE_PUSHER_PORT: portNumber.optional(),
  VITE_PUSHER_SCHEME: z.enum(['http', 'https']).optional(),
  /** Dashboard metrics published per second; `0` turns the generator off. */
  DASHBOARD_UPDATES_PER_SECOND: z.coerce.number().min(0).max(1000).default(10),
  /** `prefix=dir` pairs separated by `;`, e.g. `/chat=../chat/dist;/dashboard=../dashboard/dist`. */
  API_STATIC_ROOTS: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The pusher SDK's connection to the socket server (Laravel's `config/broadcasting.php` pusher entry). */
export interface PusherConnectionConfig {
  appId: string;
  key: string;
  secret: string;
  host: string;
  port: number;
  scheme: 'http' | 'https';
}

/** What browsers need to connect Echo to the socket server (served at `GET /api/echo-config`). */
export interface BrowserSocketConfig {
  /** `null`: the page's own hostname. */
  host: string | null;
  port: number;
  scheme: 'http' | 'https';
}

/** Everything the api needs to run, after validation. */
export interface ApiConfig {
  host: string;
  port: number;
  /** SQLite file path, or `:memory:`. */
  database: string;
  sessionLifetimeMinutes: number;
  pusher: PusherConnectionConfig;
  browserSocket: BrowserSocketConfig;
  dashboardUpdatesPerSecond: number;
  /** URL prefix → directory of built files, e.g. `{ '/chat': 'apps/chat/dist' }`. */
  staticRoots: Record<string, string>;
  logLevel: z.output<typeof envSchema>['LOG_LEVEL'];
}

/** A configuration value that failed validation; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates the api's configuration from environment variables.
 *
 * @example
 * const config = loadConfig({ ...process.env, API_PORT: '0', DB_DATABASE: ':memory:' });
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  // Empty variables (`FOO=` in a .env file) mean "not set", as in Laravel.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || 'environment';
      return `${name}: ${issue.message} (got ${JSON.stringify(present[name] ?? null)})`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = result.data;
  return {
    host: values.API_HOST,
    port: values.API_PORT,
    database: values.DB_DATABASE ?? `${values.API_DATA_DIR}/database.sqlite`,
    sessionLifetimeMinutes: values.SESSION_LIFETIME,
    pusher: {
      appId: values.PUSHER_APP_ID,
      key: values.PUSHER_APP_KEY,
      secret: values.PUSHER_APP_SECRET,
      host: values.PUSHER_HOST,
      port: values.PUSHER_PORT,
      scheme: values.PUSHER_SCHEME,
    },
    browserSocket: {
      host: values.VITE_PUSHER_HOST ?? null,
      port: values.VITE_PUSHER_PORT ?? values.PUSHER_PORT,
      scheme: values.VITE_PUSHER_SCHEME ?? values.PUSHER_SCHEME,
    },
    dashboardUpdatesPerSecond: values.DASHBOARD_UPDATES_PER_SECOND,
    staticRoots: parseStaticRoots(values.API_STATIC_ROOTS),
    logLevel: values.LOG_LEVEL,
  };
}

/** Parses `API_STATIC_ROOTS` (`/chat=dir;/dashboard=dir`) into a prefix → directory map. */
export function parseStaticRoots(value: string): Record<string, string> {
  const roots: Record<string, string> = {};
  for (const entry of value.split(';').map((part) => part.trim())) {
    if (entry === '') continue;
    const separator = entry.indexOf('=');
    const prefix = entry.slice(0, separator).trim();
    const dir = entry.slice(separator + 1).trim();
    if (separator < 1 || !prefix.startsWith('/') || dir === '') {
      throw new ConfigError(
        `Invalid configuration:\n  API_STATIC_ROOTS: expected "/prefix=dir", got "${entry}"`,
      );
    }
    roots[prefix.replace(/\/+$/, '')] = dir;
  }
  return roots;
}
