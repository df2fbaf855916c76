import { createEchokit, type EchokitClient } from '@echokit/core';
import { type RunningServer, startServer } from '@echokit/server';
import { laravelAuthorizer } from '@echokit/test-kit';

export const APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' };

/** Starts the bundled server, quiet, on `port` (0 = a free one). */
export function startTestServer(port = 0): Promise<RunningServer> {
  return startServer({ port, apps: [APP], logLevel: 'silent' });
}

/** An Echokit client configured as a Laravel app configures Echo for Reverb, pointed at the test server. */
export function createServerClient(port: number, user: { id: number; name: string }): EchokitClient {
  return createEchokit(
    {
      broadcaster: 'reverb',
      key: APP.key,
      wsHost: '127.0.0.1',
      wsPort: port,
      wssPort: port,
      forceTLS: false,
      enabledTransports: ['ws'],
      disableStats: true,
      // Signed as Laravel's `/broadcasting/auth` signs, for `user` on presence channels.
      channelAuthorization: {
        customHandler: laravelAuthorizer(APP, { id: user.id, info: { name: user.name } }),
      },
    } as Parameters<typeof createEchokit>[0],
    { graceMs: 0 },
  );
}
