import { createHmac } from 'node:crypto';

/** An app's credentials, as Laravel's `.env` holds them (`REVERB_APP_ID`, `_KEY`, `_SECRET`). */
export interface AppCredentials {
  id: string;
  key: string;
  secret: string;
}

/** What Laravel's `/broadcasting/auth` answers for a private or presence channel. */
export interface ChannelAuth {
  auth: string;
  channel_data?: string;
}

/** The user a presence channel's member data describes (Laravel's authenticated user). */
export interface PresenceUser {
  id: string | number;
  info?: Record<string, unknown>;
}

/** The `channel_data` Laravel sends for `user` on a presence channel: `{ user_id, user_info }` as JSON. */
export function presenceChannelData(user: PresenceUser): string {
  return JSON.stringify({ user_id: user.id, user_info: user.info });
}

/**
 * Signs a channel subscription exactly as Laravel's pusher driver does:
 * `key:HMAC_SHA256(secret, socket_id:channel[:channel_data])`, hex.
 *
 * @example
 * const { auth } = signChannel(APP, '123.456', 'private-orders');
 */
export function signChannel(
  app: Pick<AppCredentials, 'key' | 'secret'>,
  socketId: string,
  channelName: string,
  channelData?: string,
): ChannelAuth {
  const signed =
    channelData === undefined ? `${socketId}:${channelName}` : `${socketId}:${channelName}:${channelData}`;
  const signature = createHmac('sha256', app.secret).update(signed).digest('hex');
  return channelData === undefined
    ? { auth: `${app.key}:${signature}` }
    : { auth: `${app.key}:${signature}`, channel_data: channelData };
}

/**
 * What `/broadcasting/auth` answers for `user` on `channelName`: a signature, plus member data on
 * presence channels. Throws for a presence channel without a user, as Laravel refuses one.
 */
export function laravelChannelAuth(
  app: Pick<AppCredentials, 'key' | 'secret'>,
  socketId: string,
  channelName: string,
  user?: PresenceUser,
): ChannelAuth {
  if (!channelName.startsWith('presence-')) return signChannel(app, socketId, channelName);
  if (!user) throw new Error(`presence channel ${channelName} needs a user`);
  return signChannel(app, socketId, channelName, presenceChannelData(user));
}

/** The callback pusher-js hands a `channelAuthorization.customHandler`. */
export type ChannelAuthCallback = (error: Error | null, data: ChannelAuth | null) => void;

/**
 * A pusher-js `channelAuthorization.customHandler` answering as Laravel's `/broadcasting/auth` would for
 * `user`, without an HTTP round trip.
 *
 * @example
 * new Pusher(APP.key, { ...options, channelAuthorization: { customHandler: laravelAuthorizer(APP, ada) } });
 */
export function laravelAuthorizer(app: Pick<AppCredentials, 'key' | 'secret'>, user?: PresenceUser) {
  return (
    { socketId, channelName }: { socketId: string; channelName: string },
    callback: ChannelAuthCallback,
  ) => {
    try {
      callback(null, laravelChannelAuth(app, socketId, channelName, user));
    } catch (error) {
      callback(error as Error, null);
    }
  };
}
