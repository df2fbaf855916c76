import { ErrorCode, PusherEvent } from '@echokit/protocol';
import type { RawData } from 'ws';
import type { AppState } from '../app-state.js';
import { relayClientEvent } from '../channels/client-event.js';
import { subscribe, unsubscribe } from '../channels/subscription.js';
import { signIn } from '../users/signin.js';
import type { Connection } from './connection.js';
import { parseIncoming } from './incoming-message.js';

/** Hands one incoming frame to the handler for its kind; bad input gets a `pusher:error` and nothing else. */
export function routeMessage(state: AppState, connection: Connection, raw: RawData, isBinary: boolean): void {
  connection.touch();
  const message = parseIncoming(raw, isBinary, state.app.maxMessageBytes);
  switch (message.kind) {
    case 'ping':
      connection.send({ event: PusherEvent.Pong, data: {} });
      return;
    case 'pong':
      return;
    case 'subscribe':
      subscribe(state, connection, message.data);
      return;
    case 'unsubscribe':
      unsubscribe(state, connection, message.channel);
      return;
    case 'signin':
      signIn(state, connection, message.data);
      return;
    case 'client-event':
      relayClientEvent(state, connection, message.frame);
      return;
    case 'invalid':
      connection.sendError(ErrorCode.InvalidMessage, message.reason);
      return;
  }
}
