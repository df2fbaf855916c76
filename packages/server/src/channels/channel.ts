import { type ChannelKind, channelKind } from '@echokit/protocol';
import type { Connection } from '../connection/connection.js';
import type { PreparedMessage } from '../fanout/prepared-message.js';
import { PresenceRoster } from './presence-roster.js';

/** One occupied channel of one app: its subscribed sockets and, for presence channels, its members. */
export class Channel {
  readonly kind: ChannelKind;
  readonly subscribers = new Set<Connection>();
  /** Present on presence channels only. */
  readonly roster: PresenceRoster | null;

  constructor(readonly name: string) {
    this.kind = channelKind(name);
    this.roster = this.kind === 'presence' ? new PresenceRoster() : null;
  }

  /** Sends one prepared message to every subscriber except `except`. */
  broadcast(message: PreparedMessage, except?: Connection): void {
    for (const connection of this.subscribers) {
      if (connection !== except) connection.sendPrepared(message);
    }
  }
}
