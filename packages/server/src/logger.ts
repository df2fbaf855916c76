import { type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/** Log levels, quietest last. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/** The server's one logger: JSON lines on stderr, so stdout stays for the `listening on` line. */
export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({ name: 'echokit', level }, pino.destination(2));
}
