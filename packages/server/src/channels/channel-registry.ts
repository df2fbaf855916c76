import type { Connection } from '../connection/connection.js';
import { Channel } from './channel.js';

/** The occupied channels of one app. A channel exists while it has a subscriber. */
export class ChannelRegistry {
  private readonly channels = new Map<string, Channel>();

  get(name: string): Channel | undefined {
    return this.channels.get(name);
  }

  /** The channel, created if nobody is subscribed yet. */
  open(name: string): Channel {
    let channel = this.channels.get(name);
    if (!channel) {
      channel = new Channel(name);
      this.channels.set(name, channel);
    }
    return channel;
  }

  /** Adds a socket to a channel and records the subscription on the socket. */
  add(channel: Channel, connection: Connection): void {
    channel.subscribers.add(connection);
    connection.channels.add(channel.name);
  }

  /**
   * Removes a socket from a channel. Returns the presence user id whose last socket this was (so the
   * caller can announce member_removed), or null.
   */
  remove(name: string, connection: Connection): { channel: Channel; departedUserId: string | null } | null {
    const channel = this.channels.get(name);
    connection.channels.delete(name);
    if (!channel?.subscribers.delete(connection)) return null;
    const departedUserId = channel.roster ? channel.roster.remove(connection) : null;
    if (channel.subscribers.size === 0) this.channels.delete(name);
    return { channel, departedUserId };
  }

  all(): IterableIterator<Channel> {
    return this.channels.values();
  }
}
