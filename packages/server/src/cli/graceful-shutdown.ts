import type { Logger } from '../logger.js';

/**
 * On the first SIGINT or SIGTERM, runs `close` (which closes sockets with 4200 so clients reconnect)
 * and exits 0, or 1 if closing failed. A second signal exits 1 at once, for a stuck shutdown.
 */
export function exitOnSignal(close: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
