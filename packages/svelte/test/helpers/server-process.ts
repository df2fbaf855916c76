import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP } from './test-app.js';

// Not `new URL(…, import.meta.url)`: Vite would turn that into an asset URL.
const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'server-child.mjs');

/** A server event to publish, as the HTTP API or Laravel's redis broadcaster would hand it over. */
export interface Publication {
  channels: string[];
  event: string;
  data: string;
}

/** The real bundled server, running in a child process on `port` (0: a free one). */
export interface ServerProcess {
  readonly port: number;
  publish(publication: Publication): Promise<void>;
  /** Closes the server (its sockets drop) and waits for the process to exit. */
  close(): Promise<void>;
}

/** Starts `@echokit/server` in a plain Node child process and resolves once it listens. */
export async function startServerProcess(port = 0): Promise<ServerProcess> {
  const child: ChildProcess = fork(CHILD, [], {
    execArgv: [],
    env: { ...process.env, ECHOKIT_TEST_APP: JSON.stringify(APP), ECHOKIT_TEST_PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const [ready] = (await Promise.race([
    once(child, 'message'),
    exited.then(() => {
      throw new Error('The server process exited before listening');
    }),
  ])) as [{ type: string; port: number }];
  let next = 0;
  return {
    port: ready.port,
    async publish(publication) {
      const id = ++next;
      const done = new Promise<void>((resolve) => {
        const onMessage = (message: { type: string; id?: number }) => {
          if (message.type !== 'published' || message.id !== id) return;
          child.off('message', onMessage);
          resolve();
        };
        child.on('message', onMessage);
      });
      child.send({ type: 'publish', id, publication });
      await done;
    },
    async close() {
      if (child.exitCode !== null) return;
      child.send({ type: 'close' });
      await exited;
    },
  };
}
