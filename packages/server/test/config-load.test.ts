import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/config-error.js';
import { loadServerConfig } from '../src/config/load-server-config.js';

function files(contents: Record<string, string>) {
  return (path: string) => {
    const content = contents[path];
    if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return content;
  };
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadServerConfig', () => {
  it('serves the demo app on 127.0.0.1:6001 when nothing is configured', () => {
    const { config, usesDemoApp } = loadServerConfig({ env: {} });
    expect(usesDemoApp).toBe(true);
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(6001);
    expect(config.logLevel).toBe('info');
    expect(config.apps).toHaveLength(1);
    expect(config.apps[0]).toMatchObject({
      id: 'app-id',
      key: 'app-key',
      secret: 'app-secret',
      maxMessageBytes: 10240,
    });
  });

  it("reads Laravel's PUSHER_ and REVERB_ names, skipping empty ones, with ECHOKIT_ strongest", () => {
    const { config, usesDemoApp } = loadServerConfig({
      env: {
        PUSHER_APP_ID: '',
        PUSHER_APP_KEY: 'pusher-key',
        PUSHER_APP_SECRET: 'pusher-secret',
        REVERB_APP_ID: 'reverb-id',
        REVERB_APP_KEY: 'reverb-key',
        ECHOKIT_APP_KEY: 'echokit-key',
        REVERB_SERVER_HOST: '0.0.0.0',
        REVERB_SERVER_PORT: '8080',
        ECHOKIT_LOG_LEVEL: 'warn',
      },
    });
    expect(usesDemoApp).toBe(false);
    expect(config.apps.map(({ id, key, secret }) => ({ id, key, secret }))).toEqual([
      { id: 'reverb-id', key: 'echokit-key', secret: 'pusher-secret' },
    ]);
    expect(config).toMatchObject({ host: '0.0.0.0', port: 8080, logLevel: 'warn' });
  });

  it('lets flags override env, and env override the config file', () => {
    const readFile = files({
      'echokit.json': JSON.stringify({ host: '10.0.0.1', port: 7000, logLevel: 'debug' }),
    });
    const { config, configFile } = loadServerConfig({
      flags: { port: '0', appId: 'a', appKey: 'k', appSecret: 's' },
      env: {
        ECHOKIT_PORT: '9000',
        ECHOKIT_HOST: '127.0.0.2',
        ECHOKIT_CONFIG: 'echokit.json',
        ECHOKIT_APP_ID: 'env-id',
      },
      readFile,
    });
    expect(configFile).toBe('echokit.json');
    expect(config).toMatchObject({ host: '127.0.0.2', port: 0, logLevel: 'debug' });
    expect(config.apps.map((app) => app.id)).toEqual(['a']);
  });

  it('reads several apps with per-app limits from the file, defaults filling the rest', () => {
    const readFile = files({
      'apps.json': JSON.stringify({
        apps: [
          { id: '1', key: 'key-1', secret: 'secret-1', maxConnections: 50, enableClientMessages: false },
          { id: '2', key: 'key-2', secret: 'secret-2', enabled: false, allowedOrigins: ['https://app.test'] },
        ],
      }),
    });
    const { config, usesDemoApp } = loadServerConfig({ flags: { config: 'apps.json' }, env: {}, readFile });
    expect(usesDemoApp).toBe(false);
    expect(config.apps[0]).toMatchObject({
      id: '1',
      maxConnections: 50,
      enableClientMessages: false,
      maxPresenceMembers: 100,
    });
    expect(config.apps[1]).toMatchObject({
      id: '2',
      enabled: false,
      allowedOrigins: ['https://app.test'],
      maxConnections: null,
    });
  });

  it("overrides a file app's credentials when flags name its id, keeping its limits", () => {
    const readFile = files({
      'apps.json': JSON.stringify({ apps: [{ id: '1', key: 'key-1', secret: 'old', maxConnections: 5 }] }),
    });
    const { config } = loadServerConfig({
      flags: { config: 'apps.json', appId: '1', appSecret: 'new' },
      env: {},
      readFile,
    });
    expect(config.apps).toHaveLength(1);
    expect(config.apps[0]).toMatchObject({ id: '1', key: 'key-1', secret: 'new', maxConnections: 5 });
  });

  it('names the bad field and where its value came from', () => {
    expect(problemsOf(() => loadServerConfig({ flags: { port: 'eighty' }, env: {} }))).toEqual([
      'port (from --port): expected a port number',
    ]);
    expect(problemsOf(() => loadServerConfig({ env: { REVERB_SERVER_PORT: '70000' } }))).toEqual([
      'port (from REVERB_SERVER_PORT): expected a port from 0 to 65535',
    ]);
    expect(problemsOf(() => loadServerConfig({ flags: { logLevel: 'loud' }, env: {} }))[0]).toMatch(
      /^logLevel \(from --log-level\): /,
    );
  });

  it('names bad fields inside the config file, unknown ones included', () => {
    const readFile = files({
      'bad.json': JSON.stringify({
        apps: [{ id: '1', key: 'k', secret: 's', maxConections: 5, maxPresenceMembers: -1 }],
        prot: 1,
      }),
    });
    const problems = problemsOf(() => loadServerConfig({ flags: { config: 'bad.json' }, env: {}, readFile }));
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/apps\[0\]\.maxPresenceMembers in bad\.json: /);
    expect(problems.join('\n')).toMatch(/maxConections/);
    expect(problems.join('\n')).toMatch(/prot/);
  });

  it('refuses a missing file, bad JSON, half an app and duplicate keys', () => {
    expect(
      problemsOf(() => loadServerConfig({ flags: { config: 'nope.json' }, env: {}, readFile: files({}) })),
    ).toEqual(['--config nope.json: cannot read the file (no such file)']);
    expect(
      problemsOf(() =>
        loadServerConfig({
          flags: { config: 'x.json' },
          env: {},
          readFile: files({ 'x.json': '{ apps: [' }),
        }),
      )[0],
    ).toMatch(/^--config x\.json: not valid JSON/);
    expect(problemsOf(() => loadServerConfig({ env: { PUSHER_APP_ID: '1', PUSHER_APP_KEY: 'k' } }))).toEqual([
      'app secret is missing (the app has PUSHER_APP_ID, PUSHER_APP_KEY): set --app-secret, ECHOKIT_APP_SECRET, REVERB_APP_SECRET or PUSHER_APP_SECRET',
    ]);
    const readFile = files({
      'dup.json': JSON.stringify({
        apps: [
          { id: '1', key: 'same', secret: 's' },
          { id: '2', key: 'same', secret: 's' },
        ],
      }),
    });
    expect(problemsOf(() => loadServerConfig({ flags: { config: 'dup.json' }, env: {}, readFile }))).toEqual([
      'apps: two apps share the key "same"',
    ]);
  });
});
