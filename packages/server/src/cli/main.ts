import { createRequire } from 'node:module';
import { Command, Option } from 'commander';
import type { ConfigFlags } from '../config/config-sources.js';
import { loadServerConfig } from '../config/load-server-config.js';
import { LOG_LEVELS } from '../config/server-config.js';
import { createLogger } from '../logger.js';
import { startServer } from '../start-server.js';
import { exitOnSignal } from './graceful-shutdown.js';
import { demoBanner, publicAddress } from './laravel-snippets.js';

// dist/cli/main.js and src/cli/main.ts both sit two folders below the package root.
const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const ENV_HELP = `
Environment (flags win over env, env over the config file):
  ECHOKIT_HOST, REVERB_SERVER_HOST        interface to bind
  ECHOKIT_PORT, REVERB_SERVER_PORT        port to bind
  ECHOKIT_APP_ID, REVERB_APP_ID, PUSHER_APP_ID
  ECHOKIT_APP_KEY, REVERB_APP_KEY, PUSHER_APP_KEY
  ECHOKIT_APP_SECRET, REVERB_APP_SECRET, PUSHER_APP_SECRET
  ECHOKIT_CONFIG                          JSON config file (several apps, per-app limits)
  ECHOKIT_LOG_LEVEL                       ${LOG_LEVELS.join(', ')}

With no app configured it serves the demo app (app-id / app-key / app-secret) and prints the
Laravel .env lines and the Echo snippet to paste.

Examples:
  echokit-server start
  echokit-server start --port 0 --app-id 1 --app-key my-key --app-secret my-secret
  echokit-server start --config echokit.json --host 0.0.0.0`;

/**
 * Runs the `echokit-server` command line: `echokit-server start [options]`.
 * Resolves once the server listens; it then runs until SIGINT or SIGTERM.
 */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('echokit-server')
    .description('A Pusher Channels protocol v7 server (WebSocket + HTTP API) for Laravel broadcasting')
    .version(version, '-v, --version', 'print the version');

  program
    .command('start', { isDefault: true })
    .description('start the server (WebSockets and the HTTP API on one port)')
    .option('--host <host>', 'interface to bind (default 127.0.0.1)')
    .option('--port <port>', 'port to bind; 0 picks a free one (default 6001)')
    .option('--app-id <id>', 'app id, as PUSHER_APP_ID / REVERB_APP_ID in Laravel')
    .option('--app-key <key>', 'app key, as PUSHER_APP_KEY / REVERB_APP_KEY')
    .option('--app-secret <secret>', 'app secret, as PUSHER_APP_SECRET / REVERB_APP_SECRET')
    .option('--config <file>', 'JSON config file with several apps and their limits')
    .addOption(
      new Option('--log-level <level>', 'log level (logs go to stderr, default info)').choices(LOG_LEVELS),
    )
    .addHelpText('after', ENV_HELP)
    .action(async (flags: ConfigFlags) => {
      const { config, usesDemoApp } = loadServerConfig({ flags, env: process.env });
      const logger = createLogger(config.logLevel);
      const server = await startServer({ host: config.host, port: config.port, apps: config.apps, logger });
      // The first stdout line is a contract: scripts and tests wait for it to learn the port.
      console.log(`listening on ${server.url}`);
      const app = config.apps[0];
      if (usesDemoApp && app) console.log(demoBanner(app, publicAddress(config.host, server.port)));
      exitOnSignal(() => server.close(), logger);
    });

  await program.parseAsync(argv);
}
