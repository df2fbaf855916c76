import { createHmac } from 'node:crypto';

/**
 * The `auth` (and `channel_data`) an app's auth endpoint returns for a private or presence channel:
 * `key:HMAC-SHA256(secret, "socket_id:channel[:channel_data]")`, as Laravel's Pusher broadcaster signs it.
 */
export function signChannel(
  app: { appKey: string; appSecret: string },
  socketId: string,
  channel: string,
  channelData?: string,
): { auth: string; channel_data?: string } {
  const subject =
    channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`;
  const signature = createHmac('sha256', app.appSecret).update(subject).digest('hex');
  return channelData === undefined
    ? { auth: `${app.appKey}:${signature}` }
    : { auth: `${app.appKey}:${signature}`, channel_data: channelData };
}

/** Whether a channel needs a signature to subscribe. */
export function needsAuth(channel: string): boolean {
  return channel.startsWith('private-') || channel.startsWith('presence-');
}
