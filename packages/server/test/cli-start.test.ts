import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Pusher from 'pusher';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

// The CLI as users run it: the bin over the built dist (turbo builds before testing).
const bin = fileURLToPath(new URL('../bin/echokit-server.js', import.meta.url));
const dist = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

/** Only what the CLI needs, so ECHOKIT_* or PUSHER_* from the test's own environment cannot leak in. */
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

interface Started {
  child: ChildProcessWithoutNullStreams;
  firstLine: string;
  url: string;
  port: number;
  /** Everything on stdout so far (the first line included). */
  stdout: () => string;
  stderr: () => string;
}

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function start(args: string[], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...baseEnv, ...env } });
  running.push(child);
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`echokit-server exited with ${code} before listening:\n${err}`);
  });
  while (!out.includes('\n')) await Promise.race([once(child.stdout, 'data'), exited]);
  const firstLine = out.slice(0, out.indexOf('\n'));
  const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(firstLine);
  if (!match?.[1] || !match[2]) throw new Error(`unexpected first line: ${firstLine}`);
  return { child, firstLine, url: match[1], port: Number(match[2]), stdout: () => out, stderr: () => err };
}

/** Waits for the banner (or any text) to be printed after the first line. */
async function waitForOutput(started: Started, text: string): Promise<void> {
  while (!started.stdout().includes(text)) {
    await Promise.race([
      once(started.child.stdout, 'data'),
      once(started.child, 'exit').then(() => {
        throw new Error(`exited before printing ${text}`);
      }),
    ]);
  }
}

/** `VITE_X="${X}"` as Laravel's .env writes it. */
function viteLine(name: string): string {
  return `VITE_${name}="\${${name}}"`;
}

function sdk(port: number, appId: string, key: string, secret: string) {
  return new Pusher({ appId, key, secret, host: '127.0.0.1', port: String(port), useTLS: false });
}

beforeAll(() => {
  if (!existsSync(dist))
    throw new Error('dist/cli/main.js is missing: run `pnpm --filter @echokit/server build` first');
});

// Each test spawns node processes; on a busy 2-core machine that can take seconds, so bound generously.
const SPAWNING = { timeout: 30_000 };

describe('echokit-server start', SPAWNING, () => {
  it('--port 0 prints the listening line first, serves the flagged app, and SIGTERM closes sockets with 4200 and exits 0', async () => {
    const server = await start([
      'start',
      '--port',
      '0',
      '--app-id',
      'a1',
      '--app-key',
      'k1',
      '--app-secret',
      's1',
      '--log-level',
      'silent',
    ]);
    expect(server.firstLine).toBe(`listening on http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    const up = await fetch(`${server.url}/up`);
    expect(await up.json()).toEqual({ health: 'OK' });

    const channels = await sdk(server.port, 'a1', 'k1', 's1').get({ path: '/channels' });
    expect(await channels.json()).toEqual({ channels: {} });

    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/app/k1?protocol=7&client=js&version=8.6.0`);
    const [established] = (await once(socket, 'message')) as [Buffer];
    expect(JSON.parse(established.toString()).event).toBe('pusher:connection_established');
    const closed = once(socket, 'close');
    server.child.kill('SIGTERM');
    const [code] = (await closed) as [number];
    expect(code).toBe(4200);
    const [exitCode] = await once(server.child, 'exit');
    expect(exitCode).toBe(0);
    expect(server.stdout().trim()).toBe(server.firstLine); // no demo banner for a configured app
  });

  it("honours Laravel's env names (REVERB_SERVER_PORT, PUSHER_APP_*), and SIGINT exits 0", async () => {
    const server = await start(['start'], {
      REVERB_SERVER_PORT: '0',
      PUSHER_APP_ID: 'env-app',
      PUSHER_APP_KEY: 'env-key',
      PUSHER_APP_SECRET: 'env-secret',
      ECHOKIT_LOG_LEVEL: 'silent',
    });
    const answer = await sdk(server.port, 'env-app', 'env-key', 'env-secret').trigger('orders', 'created', {
      id: 1,
    });
    expect(answer.status).toBe(200);
    // The demo app is not served once an app is configured.
    await expect(
      sdk(server.port, 'app-id', 'app-key', 'app-secret').get({ path: '/channels' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    server.child.kill('SIGINT');
    const [exitCode] = await once(server.child, 'exit');
    expect(exitCode).toBe(0);
  });

  it('with no app configured serves the demo app and prints its credentials, the Laravel .env lines and an Echo snippet', async () => {
    const server = await start([], { ECHOKIT_PORT: '0', ECHOKIT_LOG_LEVEL: 'silent' });
    await waitForOutput(server, "enabledTransports: ['ws', 'wss'],\n});");
    const text = server.stdout();
    const p = server.port;
    for (const line of [
      '  app id:     app-id',
      '  app key:    app-key',
      '  app secret: app-secret',
      'BROADCAST_CONNECTION=reverb',
      'REVERB_APP_ID=app-id',
      'REVERB_APP_KEY=app-key',
      'REVERB_APP_SECRET=app-secret',
      'REVERB_HOST=127.0.0.1',
      `REVERB_PORT=${p}`,
      'REVERB_SCHEME=http',
      viteLine('REVERB_APP_KEY'),
      viteLine('REVERB_HOST'),
      viteLine('REVERB_PORT'),
      viteLine('REVERB_SCHEME'),
      'BROADCAST_CONNECTION=pusher',
      'PUSHER_APP_ID=app-id',
      'PUSHER_APP_KEY=app-key',
      'PUSHER_APP_SECRET=app-secret',
      'PUSHER_HOST=127.0.0.1',
      `PUSHER_PORT=${p}`,
      'PUSHER_SCHEME=http',
      'PUSHER_APP_CLUSTER=mt1',
      viteLine('PUSHER_APP_KEY'),
      'window.Echo = new Echo({',
      "  broadcaster: 'reverb',",
      "  key: 'app-key',",
      "  wsHost: '127.0.0.1',",
      `  wsPort: ${p},`,
      '  forceTLS: false,',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    const answer = await sdk(p, 'app-id', 'app-key', 'app-secret').trigger('orders', 'created', {});
    expect(answer.status).toBe(200);
    server.child.kill('SIGTERM');
    expect((await once(server.child, 'exit'))[0]).toBe(0);
  });
});

describe('echokit-server errors and help', SPAWNING, () => {
  function run(args: string[], env: Record<string, string> = {}) {
    return spawnSync(process.execPath, [bin, ...args], {
      env: { ...baseEnv, ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });
  }

  it('a bad config file prints a readable error naming the field, without a stack trace, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'echokit-cli-'));
    const file = join(dir, 'echokit.json');
    writeFileSync(
      file,
      JSON.stringify({ port: 0, apps: [{ id: '1', key: 'k', secret: 's', maxConnections: -5 }] }),
    );
    const result = run(['start', '--config', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('echokit-server: Invalid configuration:');
    expect(result.stderr).toContain(`apps[0].maxConnections in ${file}: `);
    expect(result.stderr).not.toMatch(/\n\s+at /);

    const missing = run(['start', '--config', join(dir, 'nope.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the file (no such file)');

    const badPort = run(['start', '--port', 'eighty']);
    expect(badPort.status).toBe(1);
    expect(badPort.stderr).toContain('port (from --port): expected a port number');

    const halfApp = run(['start'], { REVERB_APP_ID: '1', ECHOKIT_PORT: '0' });
    expect(halfApp.status).toBe(1);
    expect(halfApp.stderr).toContain('app key is missing');
  });

  it('a port already in use is reported in one line and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = run(['start', '--port', String(port)]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `echokit-server: listen EADDRINUSE: address already in use 127.0.0.1:${port}`,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('an unknown flag or log level is refused with a non-zero exit', () => {
    const unknown = run(['start', '--prot', '1']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain("unknown option '--prot'");
    const level = run(['start', '--log-level', 'loud']);
    expect(level.status).not.toBe(0);
    expect(level.stderr).toContain('--log-level');
  });

  it('--help lists every flag and env name; --version prints the version', () => {
    const help = run(['start', '--help']);
    expect(help.status).toBe(0);
    for (const text of [
      '--host',
      '--port',
      '--app-id',
      '--app-key',
      '--app-secret',
      '--config',
      '--log-level',
      'PUSHER_APP_KEY',
      'REVERB_SERVER_PORT',
      'ECHOKIT_CONFIG',
    ]) {
      expect(help.stdout).toContain(text);
    }
    const top = run(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toContain('start');
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
