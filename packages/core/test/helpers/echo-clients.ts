import { type AppCredentials, boundedWaits, type EndpointUser, reverbEchoOptions } from '@echokit/test-kit';
import { createEchokit, type EchokitClient } from '../../src/index.js';

/**
 * The kit's bounded polls at 10 s: these machines are noisy, and pusher-js retries with its own back-off
 * (the long reconnect test runs under a 90 s timeout).
 */
export const { eventually } = boundedWaits(10_000);

/**
 * Echokit clients configured the way a Laravel app configures Echo for Reverb, pointed at the test server
 * and auth endpoint. Clients are tracked so `destroyAll` can close them.
 */
export function createTestClients(app: AppCredentials) {
  const clients: EchokitClient[] = [];
  return {
    create(port: number, authUrl: string, user?: EndpointUser, settings = {}): EchokitClient<'reverb'> {
      const client = createEchokit(reverbEchoOptions(app, port, authUrl, user), settings);
      clients.push(client as unknown as EchokitClient);
      return client;
    },
    destroyAll(): void {
      for (const client of clients.splice(0)) client.destroy();
    },
  };
}
