import { createEchokit, type EchokitClient } from '../../src/index.js';
import type { AppCredentials } from './laravel-auth-endpoint.js';

/** A user a test client acts as. */
export interface TestUser {
  id: number;
  name: string;
}

/**
 * An Echokit client configured the way a Laravel app configures Echo for Reverb, pointed at the test
 * server and auth endpoint. Clients are tracked so `destroyAll` can close them.
 */
export function createTestClients(app: AppCredentials) {
  const clients: EchokitClient[] = [];
  return {
    create(port: number, authUrl: string, user?: TestUser, settings = {}): EchokitClient<'reverb'> {
      const client = createEchokit(
        {
          broadcaster: 'reverb',
          key: app.key,
          wsHost: '127.0.0.1',
          wsPort: port,
          wssPort: port,
          forceTLS: false,
          enabledTransports: ['ws'],
          authEndpoint: authUrl,
          auth: { headers: user ? { 'X-Test-User': JSON.stringify(user) } : {} },
        },
        settings,
      );
      clients.push(client as unknown as EchokitClient);
      return client;
    },
    destroyAll(): void {
      for (const client of clients.splice(0)) client.destroy();
    },
  };
}

/**
 * Polls `check` until it passes, for at most `ms` (default 10 s: these machines are noisy, and pusher-js
 * retries with its own back-off).
 */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 10_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
