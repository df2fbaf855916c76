import { createHmac } from 'node:crypto';
import { createEchokit, type EchokitClient } from '@echokit/core';
import { type RunningServer, startServer } from '@echokit/server';

export const APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' };

/** Starts the bundled server, quiet, on `port` (0 = a free one). */
export function startTestServer(port = 0): Promise<RunningServer> {
  return startServer({ port, apps: [APP], logLevel: 'silent' });
}

/**
 * Signs channel subscriptions as Laravel's `/broadcasting/auth` does (HMAC-SHA256 of
 * `socket_id:channel[:channel_data]` with the app secret), for `user` on presence channels.
 */
function laravelAuthorizer(user: { id: number; name: string }) {
  return (
    { socketId, channelName }: { socketId: string; channelName: string },
    callback: (error: Error | null, data: { auth: string; channel_data?: string } | null) => void,
  ) => {
    const channelData = channelName.startsWith('presence-')
      ? JSON.stringify({ user_id: user.id, user_info: { name: user.name } })
      : undefined;
    const signed = [socketId, channelName, ...(channelData ? [channelData] : [])].join(':');
    const signature = createHmac('sha256', APP.secret).update(signed).digest('hex');
    callback(null, {
      auth: `${APP.key}:${signature}`,
      ...(channelData ? { channel_data: channelData } : {}),
    });
  };
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
      channelAuthorization: { customHandler: laravelAuthorizer(user) },
    } as Parameters<typeof createEchokit>[0],
    { graceMs: 0 },
  );
}
