import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withTimeout } from '../clock.js';
import { BENCH_APP } from '../credentials.js';
import type {
  ChurnResult,
  ChurnSpec,
  DeliveryStats,
  GeneratorCommand,
  GeneratorReply,
  OpenResult,
  OpenSpec,
} from './messages.js';

/** An {@link OpenSpec} whose credentials default to the bench app. */
export type BenchOpenSpec = Omit<OpenSpec, 'appKey' | 'appSecret'> &
  Partial<Pick<OpenSpec, 'appKey' | 'appSecret'>>;

const entry = fileURLToPath(new URL('./generator.ts', import.meta.url));
const tsxLoader = import.meta.resolve('tsx');
// Longer than any one command legitimately takes (opening 10k sockets: 60 s; presence churn: 20 s + connects).
const CALL_TIMEOUT_MS = 180_000;

type CommandBody = GeneratorCommand extends infer C
  ? C extends GeneratorCommand
    ? Omit<C, 'id'>
    : never
  : never;

/** The parent's handle on a load generator process. */
export class LoadGenerator {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: GeneratorReply) => {
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.result);
      else waiter?.reject(new Error(reply.error));
    });
    child.on('exit', (code, signal) => {
      for (const waiter of this.pending.values())
        waiter.reject(new Error(`load generator exited (${signal ?? code})`));
      this.pending.clear();
    });
  }

  /** Forks a generator process and waits until it runs. */
  static async start(): Promise<LoadGenerator> {
    const child = fork(entry, [], {
      execArgv: ['--import', tsxLoader],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    return new LoadGenerator(child);
  }

  /** False once the process has exited (the next scenario then starts a new one). */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private call<T>(command: CommandBody): Promise<T> {
    const id = this.nextId++;
    const reply = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ ...command, id } as GeneratorCommand);
    });
    return withTimeout(reply, CALL_TIMEOUT_MS, `load generator '${command.cmd}'`).finally(() =>
      this.pending.delete(id),
    );
  }

  /** Opens sockets and subscribes them (see {@link OpenSpec}); signs with the bench app unless told. */
  open(spec: BenchOpenSpec): Promise<OpenResult> {
    return this.call({ cmd: 'open', spec: { appKey: BENCH_APP.key, appSecret: BENCH_APP.secret, ...spec } });
  }

  /** Like {@link open}, but throws unless every socket ended up subscribed. */
  async openSubscribed(spec: BenchOpenSpec): Promise<OpenResult> {
    const opened = await this.open(spec);
    if (opened.subscribed < spec.sockets) {
      throw new Error(
        `only ${opened.subscribed}/${spec.sockets} subscribed at ${spec.url}: ${opened.errors.join('; ')}`,
      );
    }
    return opened;
  }

  /** Forgets deliveries counted so far. */
  reset(): Promise<void> {
    return this.call({ cmd: 'reset' });
  }

  /** Deliveries since the last reset. */
  stats(): Promise<DeliveryStats> {
    return this.call({ cmd: 'stats' });
  }

  /** Runs presence churn inside the generator. */
  churn(spec: ChurnSpec): Promise<ChurnResult> {
    return this.call({ cmd: 'churn', spec });
  }

  /** Closes every socket. */
  closeSockets(): Promise<void> {
    return this.call({ cmd: 'close' });
  }

  /** Ends the generator process. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
}
