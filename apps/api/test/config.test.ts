import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_DATA_DIR, loadConfig, parseStaticRoots } from '../src/config.js';

describe('loadConfig', () => {
  it('runs with nothing set: local socket server defaults and the data folder', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8000);
    expect(config.database).toBe(`${DEFAULT_DATA_DIR}/database.sqlite`);
    expect(DEFAULT_DATA_DIR.endsWith('apps/api/data')).toBe(true);
    expect(config.pusher).toEqual({
      appId: 'app-id',
      key: 'app-key',
      secret: 'app-secret',
      host: '127.0.0.1',
      port: 6001,
      scheme: 'http',
    });
    expect(config.dashboardUpdatesPerSecond).toBe(10);
    expect(config.browserSocket).toEqual({ host: null, port: 6001, scheme: 'http' });
  });

  it("lets browsers reach the socket server elsewhere with Laravel's VITE_PUSHER_* names", () => {
    const config = loadConfig({
      PUSHER_PORT: '7001',
      VITE_PUSHER_HOST: 'ws.example.test',
      VITE_PUSHER_SCHEME: 'https',
    });
    expect(config.browserSocket).toEqual({ host: 'ws.example.test', port: 7001, scheme: 'https' });
    expect(loadConfig({ VITE_PUSHER_PORT: '443' }).browserSocket.port).toBe(443);
  });

  it("reads Laravel's variable names", () => {
    const config = loadConfig({
      PUSHER_APP_ID: 'id1',
      PUSHER_APP_KEY: 'key1',
      PUSHER_APP_SECRET: 'secret1',
      PUSHER_HOST: 'ws.test',
      PUSHER_PORT: '443',
      PUSHER_SCHEME: 'https',
      SESSION_LIFETIME: '30',
      DASHBOARD_UPDATES_PER_SECOND: '50',
      API_DATA_DIR: '/srv/data',
      API_PORT: '',
    });
    expect(config.pusher).toEqual({
      appId: 'id1',
      key: 'key1',
      secret: 'secret1',
      host: 'ws.test',
      port: 443,
      scheme: 'https',
    });
    expect(config.sessionLifetimeMinutes).toBe(30);
    expect(config.dashboardUpdatesPerSecond).toBe(50);
    expect(config.database).toBe('/srv/data/database.sqlite');
    expect(config.port).toBe(8000);
  });

  it('names the bad variable and its value', () => {
    expect(() => loadConfig({ API_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ API_PORT: 'eighty' })).toThrow(/API_PORT: .*"eighty"/);
    expect(() => loadConfig({ PUSHER_SCHEME: 'ftp' })).toThrow(/PUSHER_SCHEME/);
    expect(() => loadConfig({ DASHBOARD_UPDATES_PER_SECOND: '-1' })).toThrow(/DASHBOARD_UPDATES_PER_SECOND/);
  });
});

describe('parseStaticRoots', () => {
  it('maps prefixes to folders', () => {
    expect(parseStaticRoots('/chat=../chat/dist; /dashboard/=dash')).toEqual({
      '/chat': '../chat/dist',
      '/dashboard': 'dash',
    });
    expect(parseStaticRoots('')).toEqual({});
  });

  it('refuses an entry without a prefix or folder', () => {
    expect(() => parseStaticRoots('chat=dist')).toThrow(/API_STATIC_ROOTS/);
    expect(() => parseStaticRoots('/chat=')).toThrow(/API_STATIC_ROOTS/);
  });
});
