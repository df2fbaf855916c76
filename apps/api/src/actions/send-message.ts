import { BroadcastChannels, BroadcastEvents } from '../broadcasting/events.js';
import type { AppDeps } from '../http/app-env.js';
import { failureReason } from '../logger.js';
import { createMessage, type Message } from '../models/message.js';
import type { User } from '../models/user.js';

/**
 * Stores a chat message, then broadcasts `App\Events\MessageSent` `{message, socket}` on the room's presence
 * channel to everyone but `socketId` (toOthers). Like a queued Laravel event, a failed broadcast does not
 * undo the message: it is logged, and clients that missed it get it from `?after_id=` on resync.
 */
export async function sendMessage(
  deps: AppDeps,
  sender: User,
  input: { roomId: number; body: string; clientId?: string | undefined },
  socketId: string | undefined,
): Promise<Message> {
  const { roomId } = input;
  const message = createMessage(deps.db, { ...input, userId: sender.id });
  try {
    await deps.broadcaster.publish(
      [BroadcastChannels.chatRoom(roomId)],
      BroadcastEvents.messageSent,
      { message, socket: socketId ?? null },
      { socketId },
    );
  } catch (error) {
    deps.logger.error({ messageId: message.id }, `MessageSent: broadcast failed (${failureReason(error)})`);
  }
  return message;
}
