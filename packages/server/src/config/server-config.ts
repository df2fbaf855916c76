import { z } from 'zod';
import { appConfigSchema } from './app-config.js';

/** Log levels the server accepts, noisiest first. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** Where a server listens, how much it logs, and the apps it serves. */
export const serverConfigSchema = z.object({
  /** Interface to bind. */
  host: z.string().min(1).default('127.0.0.1'),
  /** Port for WebSockets and the HTTP API together; `0` picks a free one. */
  port: z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected a port from 0 to 65535')
    .max(65535, 'expected a port from 0 to 65535')
    .default(6001),
  /** pino log level; logs go to stderr as JSON lines. */
  logLevel: z.enum(LOG_LEVELS).default('info'),
  /** The apps served; ids and keys must be unique. */
  apps: z.array(appConfigSchema.strict()).min(1, 'at least one app is needed'),
});

/** The config file's shape: every server field optional, apps with their limits. Unknown fields are refused. */
export const configFileSchema = serverConfigSchema.partial().strict();

/** A validated server configuration, defaults applied. */
export type ServerConfig = z.output<typeof serverConfigSchema>;

/** A configuration as written in a config file. */
export type ServerConfigInput = z.input<typeof serverConfigSchema>;
