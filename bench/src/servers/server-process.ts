import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { type ProcUsage, readProcUsage } from './proc-usage.js';

/** Which server a figure belongs to. */
export type ServerKind = 'echokit' | 'raw-ws' | 'laravel-echo-server';

/** A server under test, running in its own process. */
export interface ServerUnderTest {
  kind: ServerKind;
  /** Base URL, `http://127.0.0.1:PORT`. */
  url: string;
  pid: number;
  /** CPU and memory of the server process right now. */
  usage(): ProcUsage;
  /** Stops the process (SIGTERM, then SIGKILL after 3 s) and waits for it to exit. */
  stop(): Promise<void>;
}

/** How to start one server process and recognise that it is ready. */
export interface SpawnSpec {
  kind: ServerKind;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Looks at each stdout line; returns the base URL once the server is ready. */
  readyUrl(line: string): string | undefined;
  /** Longest wait for readiness. */
  timeoutMs?: number;
}

// Every server still running, so an interrupted run never leaves one behind.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Spawns a server process and resolves once it prints its ready line. Rejects with the process's own
 * output if it exits or stays silent past the timeout, so a broken server shows why in the report.
 */
export async function spawnServer(spec: SpawnSpec): Promise<ServerUnderTest> {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child as ChildProcess);
  child.once('exit', () => live.delete(child));
  const output: string[] = [];
  const remember = (line: string) => {
    if (output.length < 40) output.push(line);
  };
  createInterface({ input: child.stderr }).on('line', remember);
  const lines = createInterface({ input: child.stdout });

  const url = await new Promise<string>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${spec.kind} did not start: ${why}\n${output.join('\n')}`.trim()));
    };
    const timer = setTimeout(
      () => fail(`no ready line in ${spec.timeoutMs ?? 15_000} ms`),
      spec.timeoutMs ?? 15_000,
    );
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`exited with ${signal ?? code}`));
    lines.on('line', (line) => {
      remember(line);
      const ready = spec.readyUrl(line);
      if (ready) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(ready);
      }
    });
  });
  // Keep draining stdout after the ready line so a chatty server never blocks on a full pipe.
  lines.removeAllListeners('line');
  lines.on('line', () => {});

  const pid = child.pid;
  if (pid === undefined) throw new Error(`${spec.kind} has no pid`);
  return {
    kind: spec.kind,
    url,
    pid,
    usage: () => readProcUsage(pid),
    async stop() {
      const exited = waitForExit(child);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
