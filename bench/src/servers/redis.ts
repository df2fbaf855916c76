import { spawn } from 'node:child_process';
import { pollUntil } from '../clock.js';
import { LOOPBACK } from '../credentials.js';
import { freePort } from './free-port.js';

/** A throwaway redis-server for the cluster scenario. */
export interface RedisUnderTest {
  url: string;
  stop(): Promise<void>;
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.once('error', () => resolve(-1));
    child.once('exit', (code) => resolve(code ?? -1));
  });
}

/** Starts `redis-server` on a free loopback port, nothing persisted, and waits until it answers PING. */
export async function startRedis(): Promise<RedisUnderTest> {
  const port = await freePort();
  const code = await run('redis-server', [
    '--bind',
    LOOPBACK,
    '--port',
    String(port),
    '--save',
    '',
    '--appendonly',
    'no',
    '--daemonize',
    'yes',
  ]);
  if (code !== 0) throw new Error('redis-server did not start (is it installed?)');
  const up = await pollUntil(
    async () => (await run('redis-cli', ['-p', String(port), 'ping'])) === 0,
    5000,
    100,
  );
  if (!up) throw new Error('redis-server never answered PING');
  return {
    url: `redis://${LOOPBACK}:${port}`,
    stop: async () => {
      await run('redis-cli', ['-p', String(port), 'shutdown', 'nosave']);
    },
  };
}
