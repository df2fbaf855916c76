import type { ChannelAuthorization, ChannelSigner } from '../broadcasting/channel-signer.js';
import type { Db } from '../db/connection.js';
import type { User } from '../models/user.js';
import { type ChannelRule, matchChannel } from './channel-rule.js';

/** A subscription request from `/broadcasting/auth`. */
export interface ChannelAuthRequest {
  socketId: string;
  channelName: string;
  /** `undefined` for a guest. */
  user: User | undefined;
}

/** Either the signed answer or a refusal (Laravel's `AccessDeniedHttpException`, HTTP 403). */
export type ChannelAuthOutcome = { allowed: true; body: ChannelAuthorization } | { allowed: false };

/**
 * Laravel's `Broadcast::auth()` for the pusher driver: strips `private-`/`presence-`, runs the matching
 * rule, refuses guests and unmatched names, and signs. Private channels get `{auth}`; presence channels
 * get `{auth, channel_data}` with the user's id and the rule's result as `user_info`.
 */
export function authorizeChannel(
  request: ChannelAuthRequest,
  rules: readonly ChannelRule[],
  db: Db,
  signer: ChannelSigner,
): ChannelAuthOutcome {
  const { channelName, socketId, user } = request;
  const isPresence = channelName.startsWith('presence-');
  const isPrivate = channelName.startsWith('private-');
  if (!user || (!isPresence && !isPrivate)) return { allowed: false };
  const match = matchChannel(rules, channelName.replace(/^(private|presence)-/, ''));
  if (!match) return { allowed: false };
  const result = match.rule.callback(user, match.params, db);
  if (result === false || result === null) return { allowed: false };
  if (isPrivate) return { allowed: true, body: signer.sign(socketId, channelName) };
  const userInfo = result === true ? {} : result;
  return {
    allowed: true,
    body: signer.sign(socketId, channelName, { user_id: user.id, user_info: userInfo }),
  };
}
