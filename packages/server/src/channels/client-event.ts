import { allowsClientEvents, ErrorCode, type PusherFrame } from '@echokit/protocol';
import type { AppState } from '../app-state.js';
import type { Connection } from '../connection/connection.js';
import { PreparedMessage } from '../fanout/prepared-message.js';

/**
 * A `client-…` event (Echo's whisper): only on private and presence channels the sender has joined, only
 * when the app allows them, at most `maxClientEventsPerSecond` per connection. Delivered to the other
 * subscribers, never back to the sender; presence channels add the sender's `user_id`. Every refusal is
 * a `pusher:error` 4301 and the connection stays up.
 */
export function relayClientEvent(state: AppState, connection: Connection, frame: PusherFrame): void {
  const refusal = refuseClientEvent(state, connection, frame.channel);
  if (refusal !== null) {
    connection.sendError(ErrorCode.ClientEventRejected, `Client event rejected - ${refusal}`);
    return;
  }
  const name = frame.channel as string;
  const channel = state.channels.get(name);
  if (!channel) return;
  const message: PusherFrame = { event: frame.event, channel: name, data: frame.data };
  const userId = channel.roster?.userIdOf(connection);
  if (userId !== undefined) message.user_id = userId;
  channel.broadcast(new PreparedMessage(message), connection);
}

/** Why this client event may not go out, or null when it may. The rate limit counts only allowed events. */
function refuseClientEvent(state: AppState, connection: Connection, name: unknown): string | null {
  const { app } = state;
  if (!app.enableClientMessages) return 'client events are disabled for this app';
  if (typeof name !== 'string') return 'a channel is required';
  if (!allowsClientEvents(name)) return 'only supported on private and presence channels';
  if (!connection.channels.has(name)) return `not subscribed to ${name}`;
  if (!connection.clientEvents.allow())
    return `over the rate limit of ${app.maxClientEventsPerSecond} per second`;
  return null;
}
