import { afterEach, describe, expect, it } from 'vitest';
import {
  configureEcho,
  echo,
  echoIsConfigured,
  getEchokit,
  laravelDefaults,
  leaveUnusedVariants,
  matchesNotificationType,
  modelChannelName,
  modelEventNames,
  setDefaultEchokit,
  toLaravelStatus,
} from '../src/index.js';
import { createFakeEchokit } from '../src/testing/index.js';

describe('Laravel compatibility helpers', () => {
  afterEach(() => {
    if (echoIsConfigured()) getEchokit().destroy();
    setDefaultEchokit(null);
  });

  it('maps statuses to laravel-echo’s, keeping reconnecting honest', () => {
    expect(toLaravelStatus('idle')).toBe('disconnected');
    expect(toLaravelStatus('connecting')).toBe('connecting');
    expect(toLaravelStatus('reconnecting')).toBe('reconnecting');
    expect(toLaravelStatus('failed')).toBe('failed');
    expect(toLaravelStatus('connected')).toBe('connected');
  });

  it('fills Laravel’s per-broadcaster defaults from Vite-style env', () => {
    const env = {
      VITE_REVERB_APP_KEY: 'k',
      VITE_REVERB_HOST: 'ws.test',
      VITE_REVERB_PORT: '8080',
      VITE_REVERB_SCHEME: 'http',
    };
    expect(laravelDefaults('reverb', env)).toEqual({
      broadcaster: 'reverb',
      key: 'k',
      wsHost: 'ws.test',
      wsPort: '8080',
      wssPort: '8080',
      forceTLS: false,
      enabledTransports: ['ws', 'wss'],
    });
    expect(laravelDefaults('reverb', {}).forceTLS).toBe(true);
  });

  it('configures one default client; configuring again reconfigures it and keeps its channels', async () => {
    expect(echoIsConfigured()).toBe(false);
    expect(() => echo()).toThrow('Echo has not been configured. Please call `configureEcho()`.');
    const client = configureEcho({ broadcaster: 'null' });
    expect(echoIsConfigured()).toBe(true);
    expect(client.hasEcho()).toBe(false);
    const first = echo();
    expect(client.hasEcho()).toBe(true);
    expect(first.options.broadcaster).toBe('null');
    client.channel('orders').acquire();
    const again = configureEcho({ broadcaster: 'null', namespace: 'Domain.Events' });
    expect(again).toBe(client);
    expect(echo()).not.toBe(first);
    expect(echo().options.namespace).toBe('Domain.Events');
    expect(client.channel('orders').getSnapshot().status).toBe('subscribed');
  });

  it('lets a fake be the default client', () => {
    const fake = createFakeEchokit();
    setDefaultEchokit(fake);
    expect(getEchokit()).toBe(fake);
    expect(echo()).toBe(fake.echo);
  });

  it('filters notifications by type in either spelling, like useEchoNotification', () => {
    const n = { id: '1', type: 'App\\Notifications\\InvoicePaid' };
    expect(matchesNotificationType(n, [])).toBe(true);
    expect(matchesNotificationType(n, ['App.Notifications.InvoicePaid'])).toBe(true);
    expect(matchesNotificationType(n, ['App\\Notifications\\InvoicePaid'])).toBe(true);
    expect(matchesNotificationType(n, ['App.Notifications.Other'])).toBe(false);
  });

  it('names model channels and events like useEchoModel', () => {
    expect(modelChannelName('App.Models.Post', 7)).toBe('App.Models.Post.7');
    expect(modelEventNames(['PostUpdated', '.PostDeleted'])).toEqual(['.PostUpdated', '.PostDeleted']);
    expect(modelEventNames('PostCreated')).toEqual(['.PostCreated']);
  });

  it('leaves the unused variants of a name and keeps the ones a lease still holds', async () => {
    const client = createFakeEchokit();
    const held = client.channel('orders.1', 'private').acquire({});
    const unused = client.channel('orders.1', 'public').acquire({});
    await client.fake.flush();
    expect(client.fake.subscribedChannels().sort()).toEqual(['orders.1', 'private-orders.1']);

    unused.release();
    leaveUnusedVariants(client, 'orders.1');
    await client.fake.flush();
    expect(client.fake.subscribedChannels()).toEqual(['private-orders.1']);
    held.release();
    client.destroy();
  });
});
