// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('server-side import', () => {
  it('imports core, creates and configures clients and reads every store with no window and no socket', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const core = await import('../src/index.js');
    const testing = await import('../src/testing/index.js');
    const client = core.createEchokit({
      broadcaster: 'reverb',
      key: 'app-key',
      wsHost: 'localhost',
      wsPort: 8080,
    });
    expect(client.connection.getSnapshot()).toBe(core.IDLE_CONNECTION);
    expect(client.channel('orders', 'private').getSnapshot().status).toBe('idle');
    expect(client.presence('chat').getSnapshot()).toMatchObject({ members: [], me: null, count: 0 });
    expect(client.socketId()).toBeUndefined();
    const unsubscribe = client.connection.subscribe(() => {});
    unsubscribe();
    expect(client.hasEcho()).toBe(false);

    expect(core.echoIsConfigured()).toBe(false);
    const configured = core.configureEcho({ broadcaster: 'reverb', key: 'app-key' });
    expect(core.echoIsConfigured()).toBe(true);
    expect(core.getEchokit()).toBe(configured);
    expect(configured.hasEcho()).toBe(false);
    expect(core.toLaravelStatus(configured.connection.getSnapshot().status)).toBe('disconnected');
    core.setDefaultEchokit(null);
    expect(() => core.echo()).toThrow('Echo has not been configured');
    expect(typeof testing.createFakeEchokit).toBe('function');
  });
});
