import { isRoomMember } from '../models/room.js';
import { publicProfile } from '../models/user.js';
import { type ChannelRule, channel } from './channel-rule.js';

/**
 * The demo's `routes/channels.php`. Public channels (`dashboard`) need no rule: clients never ask to
 * authorise them.
 */
export const channelRules: readonly ChannelRule[] = [
  // Laravel's default notification channel: only that user.
  channel('App.Models.User.{id}', (user, { id }) => user.id === Number(id)),
  // A room's members, with what the presence list shows about them.
  channel('chat.{roomId}', (user, { roomId }, db) => {
    const room = Number(roomId);
    return Number.isInteger(room) && isRoomMember(db, room, user.id) ? { ...publicProfile(user) } : false;
  }),
];
