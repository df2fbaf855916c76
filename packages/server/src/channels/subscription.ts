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
import { type PresenceMember, readPresenceMember } from './presence-member.js';
import type { PresenceRoster } from './presence-roster.js';

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
    const checked = readPresenceMember(app, name, state.channels.get(name)?.roster, data.channel_data);
    if ('refusal' in checked) {
      const { type, status, error } = checked.refusal;
      refuse(connection, name, type, status, error);
      return;
    }
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
export function leaveAllChannels(
  state: AppState,
  connection: Connection,
  options: { announce?: boolean } = {},
): void {
  for (const name of [...connection.channels]) leave(state, connection, name, options.announce ?? true);
}

function leave(state: AppState, connection: Connection, name: string, announce = true): void {
  const left = state.channels.remove(name, connection);
  if (!announce || left?.departedUserId == null) return;
  const message = {
    event: PusherEvent.MemberRemoved,
    channel: name,
    data: JSON.stringify({ user_id: left.departedUserId }),
  };
  left.channel.broadcast(new PreparedMessage(message));
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
