import { createEchokit, type EchokitClient } from '@echokit/core';
import { type RunningServer, startServer } from '@echokit/server';
import PusherSdk from 'pusher';

/** The app the test server serves (Laravel's `REVERB_APP_*`). */
export const APP = { id: 'app-id', key: 'app-key', secret: 'app-secret' } as const;

/** Starts the real bundled server, quiet, on `port` (0 = a free one). */
export function startLiveServer(port = 0): Promise<RunningServer> {
  return startServer({ port, apps: [APP], logLevel: 'silent' });
}

/** The official `pusher` SDK against the server's HTTP API: what Laravel's broadcaster uses to publish and sign. */
export function officialSdk(server: RunningServer): PusherSdk {
  return new PusherSdk({
    appId: APP.id,
    key: APP.key,
    secret: APP.secret,
    host: '127.0.0.1',
    port: String(server.port),
    useTLS: false,
  });
}

/** A user as Laravel's `/broadcasting/auth` would return it for presence channels. */
export interface LiveUser {
  id: number;
  info: { name: string };
}

/**
 * An Echokit client with the options a Laravel app gives Echo (`broadcaster: 'reverb'`), whose channel auth
 * answers like `/broadcasting/auth`: signatures made by the official SDK for `user`.
 */
export function liveClient(server: RunningServer, user: LiveUser): EchokitClient<'reverb'> {
  const signer = officialSdk(server);
  return createEchokit({
    broadcaster: 'reverb',
    key: APP.key,
    wsHost: '127.0.0.1',
    wsPort: server.port,
    forceTLS: false,
    enabledTransports: ['ws'],
    disableStats: true,
    channelAuthorization: {
      endpoint: '/broadcasting/auth',
      transport: 'ajax',
      customHandler: ({ socketId, channelName }, callback) => {
        const presence = channelName.startsWith('presence-');
        const data = presence ? { user_id: String(user.id), user_info: user.info } : undefined;
        callback(null, signer.authorizeChannel(socketId, channelName, data));
      },
    },
  });
}
