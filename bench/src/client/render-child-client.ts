import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withTimeout } from '../clock.js';
import type { RenderChildMessage, RenderChildSpec, RenderCounts } from './react-render-messages.js';

const entry = fileURLToPath(new URL('./react-render-child.ts', import.meta.url));
const tsxLoader = import.meta.resolve('tsx');

/** The parent's handle on the React render child. */
export class RenderChild {
  private constructor(private readonly child: ChildProcess) {}

  /** Forks the child and resolves once its list shows the viewer's own membership (bounded). */
  static start(spec: RenderChildSpec, timeoutMs: number): Promise<RenderChild> {
    const child = fork(entry, [JSON.stringify(spec)], {
      execArgv: ['--import', tsxLoader],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`React render child: ${why}`));
      };
      const timer = setTimeout(() => fail(`no presence list within ${timeoutMs} ms`), timeoutMs);
      child.once('exit', (code) => fail(`exited with ${code}`));
      child.on('message', (message: RenderChildMessage) => {
        if (message.type === 'error') fail(message.error);
        if (message.type === 'ready') {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve(new RenderChild(child));
        }
      });
    });
  }

  /** The counts since the list first reached `countFrom` members (zero before). */
  counts(): Promise<RenderCounts> {
    const reply = new Promise<RenderCounts>((resolve) => {
      const onMessage = (message: RenderChildMessage) => {
        if (message.type !== 'counts') return;
        this.child.off('message', onMessage);
        resolve(message);
      };
      this.child.on('message', onMessage);
      this.child.send('report');
    });
    return withTimeout(reply, 10_000, 'React render child report');
  }

  /** Ends the child. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
}
