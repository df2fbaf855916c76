import {
  channelAuthString,
  channelKind,
  channelNameProblem,
  isCacheChannel,
  PusherEvent,
  requiresAuth,
  type SubscribeData,
  type SubscriptionErrorData,
  serverToUserUserId,
} from '@echokit/protocol';
import type { AppState } from '../app-state.js';
import { verifyKeySignature } from '../auth/signature.js';
import type { Connection } from '../connection/connection.js';
import { PreparedMessage } from '../fanout/prepared-message.js';
import type { Channel } from './channel.js';
import type { PresenceRoster } from './presence-roster.js';

/** A presence member as `channel_data` describes it. */
interface PresenceMember {
  userId: string;
  info: unknown;
}

/**
 * `pusher:subscribe`: checks the name, the signature (private, encrypted, presence) and the presence
 * limits, then joins, answers `pusher_internal:subscription_succeeded`, announces a new presence member
 * and replays a cache channel's last event. Every refusal is a `pusher:subscription_error`; the
 * connection stays up.
 */
export function subscribe(state: AppState, connection: Connection, data: SubscribeData): void {
  const name = data.channel;
  const app = state.app;

  const ownerId = serverToUserUserId(name);
  if (ownerId !== null) {
    // pusher-js subscribes to its own #server-to-user-<id> after sign-in; the socket joined it then.
    if (connection.user?.id === ownerId) succeed(connection, name, '{}');
    else
      refuse(
        connection,
        name,
        'AuthError',
        403,
        `Sign in as user "${ownerId}" before subscribing to ${name}`,
      );
    return;
  }

  const problem = channelNameProblem(name);
  if (problem !== null) {
    const why = {
      empty: 'is empty',
      'too-long': 'is longer than 164 characters',
      'invalid-characters': 'may only contain A-Z a-z 0-9 _ - = @ , . ;',
    }[problem];
    refuse(connection, name, 'InvalidChannel', 400, `Channel name "${name.slice(0, 200)}" ${why}`);
    return;
  }

  if (requiresAuth(name)) {
    const signed = channelAuthString(connection.socketId, name, data.channel_data);
    if (!verifyKeySignature(app, data.auth, signed)) {
      const error =
        data.auth === undefined
          ? `Subscribing to ${name} needs an auth signature`
          : `Invalid signature for ${name}: expected HMAC-SHA256 of "${signed}" signed with the app secret`;
      refuse(connection, name, 'AuthError', 401, error);
      return;
    }
  }

  let member: PresenceMember | undefined;
  if (channelKind(name) === 'presence') {
    const checked = presenceMember(state, name, connection, data.channel_data);
    if (checked === 'refused') return;
    member = checked;
  }

  const channel = state.channels.open(name);
  if (channel.roster && member) {
    joinPresence(state, channel, connection, member);
  } else {
    state.channels.add(channel, connection);
    succeed(connection, name, '{}');
  }

  if (isCacheChannel(name)) replayCache(state, connection, name);
}

/** Joins a presence channel; only a user's first socket is announced to the others. */
function joinPresence(
  state: AppState,
  channel: Channel,
  connection: Connection,
  member: PresenceMember,
): void {
  const roster = channel.roster as PresenceRoster;
  if (connection.channels.has(channel.name)) {
    succeed(connection, channel.name, JSON.stringify(roster.snapshot()));
    return;
  }
  state.channels.add(channel, connection);
  const first = roster.add(connection, member.userId, member.info);
  succeed(connection, channel.name, JSON.stringify(roster.snapshot()));
  if (!first) return;
  const added = { user_id: member.userId, user_info: member.info };
  const message = { event: PusherEvent.MemberAdded, channel: channel.name, data: JSON.stringify(added) };
  channel.broadcast(new PreparedMessage(message), connection);
}

/** `pusher:unsubscribe`: leaves the channel; a presence user's last socket leaving is announced. */
export function unsubscribe(state: AppState, connection: Connection, name: string): void {
  if (serverToUserUserId(name) !== null) return; // follows the sign-in, not the client
  leave(state, connection, name);
}

/** Leaves every channel, as when the socket closes. */
export function leaveAllChannels(state: AppState, connection: Connection): void {
  for (const name of [...connection.channels]) leave(state, connection, name);
}

function leave(state: AppState, connection: Connection, name: string): void {
  const left = state.channels.remove(name, connection);
  if (left?.departedUserId == null) return;
  const message = {
    event: PusherEvent.MemberRemoved,
    channel: name,
    data: JSON.stringify({ user_id: left.departedUserId }),
  };
  left.channel.broadcast(new PreparedMessage(message));
}

/** Decodes and checks presence `channel_data`; returns the member, or the refusal already sent. */
function presenceMember(
  state: AppState,
  name: string,
  connection: Connection,
  channelData: string | undefined,
): PresenceMember | 'refused' {
  const app = state.app;
  let decoded: unknown;
  try {
    decoded = channelData === undefined ? undefined : JSON.parse(channelData);
  } catch {
    decoded = undefined;
  }
  const userId = (decoded as { user_id?: unknown } | undefined)?.user_id;
  if (
    typeof decoded !== 'object' ||
    decoded === null ||
    !((typeof userId === 'string' && userId !== '') || typeof userId === 'number')
  ) {
    refuse(connection, name, 'InvalidChannelData', 400, `Presence channel_data must be JSON with a user_id`);
    return 'refused';
  }
  const id = String(userId);
  if (id.length > app.maxUserIdLength) {
    refuse(
      connection,
      name,
      'LimitReached',
      400,
      `Presence user_id is ${id.length} characters; the limit is ${app.maxUserIdLength}`,
    );
    return 'refused';
  }
  const info = (decoded as { user_info?: unknown }).user_info ?? null;
  const infoBytes = Buffer.byteLength(JSON.stringify(info));
  if (infoBytes > app.maxPresenceUserInfoBytes) {
    refuse(
      connection,
      name,
      'LimitReached',
      413,
      `Presence user_info is ${infoBytes} bytes; the limit is ${app.maxPresenceUserInfoBytes}`,
    );
    return 'refused';
  }
  const roster = state.channels.get(name)?.roster;
  if (roster && !roster.has(id) && roster.count >= app.maxPresenceMembers) {
    refuse(
      connection,
      name,
      'LimitReached',
      403,
      `Presence channel ${name} is full (${app.maxPresenceMembers} members)`,
    );
    return 'refused';
  }
  return { userId: id, info };
}

function replayCache(state: AppState, connection: Connection, name: string): void {
  const cached = state.cache.get(name);
  if (cached) connection.send({ event: cached.event, channel: name, data: cached.data });
  else connection.send({ event: PusherEvent.CacheMiss, channel: name, data: '{}' });
}

function succeed(connection: Connection, channel: string, data: string): void {
  connection.send({ event: PusherEvent.SubscriptionSucceeded, channel, data });
}

function refuse(connection: Connection, channel: string, type: string, status: number, error: string): void {
  const data: SubscriptionErrorData = { type, error, status };
  connection.send({ event: PusherEvent.SubscriptionError, channel, data });
}
