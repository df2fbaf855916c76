import PusherServer from 'pusher';
import type { ChannelAuthorizationHandler, UserAuthenticationHandler } from 'pusher-js';

/** An app's credentials, as Laravel's `.env` holds them. */
export interface AppCredentials {
  id: string;
  key: string;
  secret: string;
}

/** The user a test client acts as (Laravel's authenticated user). */
export interface TestUser {
  id: string | number;
  info?: Record<string, unknown>;
  watchlist?: string[];
}

/** 32 bytes, base64: lets `private-encrypted-…` authorisations carry a `shared_secret`. */
export const ENCRYPTION_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

/**
 * The official `pusher` server SDK for an app (what Laravel's broadcaster uses), pointed at `port` for
 * HTTP API calls; without a port it is only used to sign.
 */
export function officialSdk(app: AppCredentials, port?: number): PusherServer {
  return new PusherServer({
    appId: app.id,
    key: app.key,
    secret: app.secret,
    host: '127.0.0.1',
    ...(port === undefined ? {} : { port: String(port) }),
    useTLS: false,
    encryptionMasterKeyBase64: ENCRYPTION_MASTER_KEY,
  });
}

/**
 * pusher-js `channelAuthorization` / `userAuthentication` handlers that answer what Laravel's
 * `/broadcasting/auth` and `/broadcasting/user-auth` answer: signatures made by the official `pusher` SDK
 * (the library Laravel's pusher and reverb drivers use). `refuse` makes every signature wrong.
 */
export function laravelAuth(app: AppCredentials, user?: TestUser, options: { refuse?: boolean } = {}) {
  const signer = officialSdk(options.refuse ? { ...app, secret: `${app.secret}-wrong` } : app);
  const channel: ChannelAuthorizationHandler = ({ socketId, channelName }, callback) => {
    try {
      const presence = channelName.startsWith('presence-');
      if (presence && !user) throw new Error('presence channels need a user');
      const data = presence && user ? { user_id: user.id, user_info: user.info } : undefined;
      // biome-ignore lint/suspicious/noExplicitAny: the SDK types user_id as string, Laravel sends numbers too
      callback(null, signer.authorizeChannel(socketId, channelName, data as any));
    } catch (error) {
      callback(error as Error, null);
    }
  };
  const userAuth: UserAuthenticationHandler = ({ socketId }, callback) => {
    if (!user) return callback(new Error('no user to sign in'), null);
    const userData = { id: String(user.id), user_info: user.info, watchlist: user.watchlist };
    callback(null, signer.authenticateUser(socketId, userData));
  };
  return {
    channelAuthorization: { customHandler: channel },
    userAuthentication: { customHandler: userAuth },
  };
}
