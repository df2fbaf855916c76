import {
  ErrorCode,
  MAX_WATCHLIST_SIZE,
  PusherEvent,
  type SigninData,
  type SigninSuccessData,
  serverToUserChannel,
  userAuthString,
} from '@echokit/protocol';
import type { AppState } from '../app-state.js';
import { verifyKeySignature } from '../auth/signature.js';
import type { Connection } from '../connection/connection.js';
import { normaliseUserId, parseJsonObject } from './user-data.js';

/**
 * `pusher:signin`: verifies `auth` over `"<socket_id>::user::<user_data>"`, then marks the socket as the
 * user's, joins it to `#server-to-user-<id>`, starts its watchlist and answers `pusher:signin_success`.
 * A bad signature or user id closes the connection with 4009, as Pusher does.
 */
export function signIn(state: AppState, connection: Connection, data: SigninData): void {
  const { app } = state;
  if (connection.user) {
    connection.sendError(ErrorCode.InvalidMessage, `Already signed in as user "${connection.user.id}"`);
    return;
  }
  if (!verifyKeySignature(app, data.auth, userAuthString(connection.socketId, data.user_data))) {
    connection.fail(ErrorCode.Unauthorized, 'Invalid signature for pusher:signin');
    return;
  }
  const userData = parseJsonObject(data.user_data);
  const userId = normaliseUserId(userData?.id);
  if (!userData || userId === null) {
    connection.fail(ErrorCode.Unauthorized, 'pusher:signin user_data must be JSON with a non-empty "id"');
    return;
  }
  if (userId.length > app.maxUserIdLength) {
    connection.fail(ErrorCode.Unauthorized, `User id is longer than ${app.maxUserIdLength} characters`);
    return;
  }

  const requested = Array.isArray(userData.watchlist) ? userData.watchlist.map(String) : [];
  if (requested.length > MAX_WATCHLIST_SIZE) {
    connection.sendError(
      ErrorCode.WatchlistLimitExceeded,
      `Watchlist has ${requested.length} ids; only the first ${MAX_WATCHLIST_SIZE} are watched`,
    );
  }
  connection.user = { id: userId, watchlist: requested.slice(0, MAX_WATCHLIST_SIZE) };
  state.channels.add(state.channels.open(serverToUserChannel(userId)), connection);
  const success: SigninSuccessData = { user_data: data.user_data };
  connection.send({ event: PusherEvent.SigninSuccess, data: JSON.stringify(success) });
  state.users.signIn(connection);
}
