// The load generator: a child process of its own so that its work is not charged to the server under
// test. It takes commands from the parent over IPC and answers each with a result.
import type { GeneratorCommand, GeneratorReply } from './messages.js';
import { runPresenceChurn } from './presence-churn-run.js';
import { SocketPool } from './socket-pool.js';

const pool = new SocketPool();

async function handle(command: GeneratorCommand): Promise<unknown> {
  switch (command.cmd) {
    case 'open':
      return pool.open(command.spec);
    case 'reset':
      pool.reset();
      return null;
    case 'stats':
      return pool.stats();
    case 'churn':
      return runPresenceChurn(command.spec, (socket) => pool.adopt(socket));
    case 'close':
      pool.closeAll();
      return null;
  }
}

process.on('message', (command: GeneratorCommand) => {
  handle(command).then(
    (result) => process.send?.({ id: command.id, ok: true, result } satisfies GeneratorReply),
    (error: unknown) =>
      process.send?.({
        id: command.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies GeneratorReply),
  );
});
// The parent going away (crash, Ctrl-C) ends the generator too.
process.on('disconnect', () => process.exit(0));
