import { Command } from 'commander';
import { startServer } from '../start-server.js';

/** Runs the `echokit-server` command line. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('echokit-server');
  program
    .command('start')
    .description('start the server')
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--port <port>', 'port to bind (0 picks a free one)', '6001')
    .action(async (options: { host: string; port: string }) => {
      const server = await startServer({ host: options.host, port: Number(options.port) });
      console.log(`listening on ${server.url}`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  await program.parseAsync(argv);
}
