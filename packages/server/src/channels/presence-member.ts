import type { SubscriptionErrorData } from '@echokit/protocol';
import type { AppConfig } from '../config/app-config.js';
import { normaliseUserId, parseJsonObject } from '../users/user-data.js';
import type { PresenceRoster } from './presence-roster.js';

/** A presence member as `channel_data` describes it. */
export interface PresenceMember {
  userId: string;
  info: unknown;
}

/**
 * Decodes presence `channel_data` (`{"user_id","user_info"}`, Laravel's `user_id` may be a number) and
 * checks the app's limits: user id length, `user_info` size, and members per channel (a user already in
 * the channel may always add a socket).
 */
export function readPresenceMember(
  app: AppConfig,
  channel: string,
  roster: PresenceRoster | null | undefined,
  channelData: string | undefined,
): PresenceMember | { refusal: SubscriptionErrorData } {
  const decoded = parseJsonObject(channelData);
  const id = normaliseUserId(decoded?.user_id);
  if (!decoded || id === null) {
    return refusal('InvalidChannelData', 400, 'Presence channel_data must be JSON with a user_id');
  }
  if (id.length > app.maxUserIdLength) {
    return refusal(
      'LimitReached',
      400,
      `Presence user_id is ${id.length} characters; the limit is ${app.maxUserIdLength}`,
    );
  }
  // null rather than absent: pusher-js finds members by own property of the hash.
  const info = decoded.user_info ?? null;
  const infoBytes = Buffer.byteLength(JSON.stringify(info));
  if (infoBytes > app.maxPresenceUserInfoBytes) {
    return refusal(
      'LimitReached',
      413,
      `Presence user_info is ${infoBytes} bytes; the limit is ${app.maxPresenceUserInfoBytes}`,
    );
  }
  if (roster && !roster.has(id) && roster.count >= app.maxPresenceMembers) {
    return refusal(
      'LimitReached',
      403,
      `Presence channel ${channel} is full (${app.maxPresenceMembers} members)`,
    );
  }
  return { userId: id, info };
}

function refusal(type: string, status: number, error: string): { refusal: SubscriptionErrorData } {
  return { refusal: { type, status, error } };
}
