import { eventually } from '@echokit/test-kit';
import type Pusher from 'pusher-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppConfigInput, RunningServer } from '../src/index.js';
import { connectPusher, nextEvent } from './helpers/pusher-client.js';
import { closeAll, startTestServer, TEST_APP } from './helpers/test-server.js';

describe('cache channels', () => {
  let server: RunningServer;
  const clients: Pusher[] = [];

  async function start(apps?: AppConfigInput[]) {
    server = await startTestServer(apps);
  }
  afterEach(() => closeAll(server, { clients }));

  const publish = (channel: string, event: string, data: string) =>
    server.adapter.publish({ appId: TEST_APP.id, channels: [channel], event, data });

  it('sends pusher:cache_miss when nothing was published yet', async () => {
    await start();
    const client = await connectPusher(server);
    clients.push(client);
    const channel = client.subscribe('cache-prices');
    const miss = nextEvent(channel, 'pusher:cache_miss');
    await nextEvent(channel, 'pusher:subscription_succeeded');
    await miss;
  });

  for (const name of [
    'cache-prices',
    'private-cache-prices',
    'presence-cache-prices',
    'private-encrypted-cache-doc',
  ]) {
    it(`replays the last published event on subscribe (${name})`, async () => {
      await start();
      await publish(name, 'price', '{"v":1}');
      await publish(name, 'price', '{"v":2}');
      expect((await server.adapter.channel(TEST_APP.id, name)).cache).toMatchObject({
        event: 'price',
        data: '{"v":2}',
        ttl: 1800,
      });
      if (name.includes('encrypted')) return; // pusher-js would try to decrypt our plain test data
      const client = await connectPusher(server, { user: { id: 5 } });
      clients.push(client);
      const channel = client.subscribe(name);
      const replayed = nextEvent(channel, 'price');
      await nextEvent(channel, 'pusher:subscription_succeeded');
      expect(await replayed).toEqual({ v: 2 });
    });
  }

  it('forgets the cached event after the app cacheTtl', async () => {
    await start([{ ...TEST_APP, cacheTtl: 2 }]);
    await publish('cache-flash', 'news', '"old"');
    expect((await server.adapter.channel(TEST_APP.id, 'cache-flash')).cache?.data).toBe('"old"');
    await eventually(
      async () => (await server.adapter.channel(TEST_APP.id, 'cache-flash')).cache === undefined,
      'expiry',
    );
    const client = await connectPusher(server);
    clients.push(client);
    await nextEvent(client.subscribe('cache-flash'), 'pusher:cache_miss');
  }, 15_000);
});
