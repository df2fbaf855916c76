import type { PresenceSubscriptionData } from '@echokit/protocol';
import type { Connection } from '../connection/connection.js';

interface Member {
  info: unknown;
  sockets: Set<Connection>;
}

/**
 * The members of one presence channel. A user with several sockets (tabs) is one member: joining reports
 * "first socket" and leaving reports "last socket", which is when member_added/member_removed go out.
 */
export class PresenceRoster {
  private readonly members = new Map<string, Member>();
  private readonly userOf = new Map<Connection, string>();

  get count(): number {
    return this.members.size;
  }

  has(userId: string): boolean {
    return this.members.has(userId);
  }

  /** The user a socket joined as, if it joined. */
  userIdOf(connection: Connection): string | undefined {
    return this.userOf.get(connection);
  }

  /** Adds a socket for `userId`; true when it is the user's first socket here. */
  add(connection: Connection, userId: string, info: unknown): boolean {
    this.userOf.set(connection, userId);
    const member = this.members.get(userId);
    if (member) {
      member.sockets.add(connection);
      return false;
    }
    this.members.set(userId, { info, sockets: new Set([connection]) });
    return true;
  }

  /** Removes a socket; returns its user id when that was the user's last socket here, else null. */
  remove(connection: Connection): string | null {
    const userId = this.userOf.get(connection);
    if (userId === undefined) return null;
    this.userOf.delete(connection);
    const member = this.members.get(userId);
    if (!member) return null;
    member.sockets.delete(connection);
    if (member.sockets.size > 0) return null;
    this.members.delete(userId);
    return userId;
  }

  /** Distinct user ids, in join order. */
  ids(): string[] {
    return [...this.members.keys()];
  }

  /** The state sent in `pusher_internal:subscription_succeeded`. */
  snapshot(): PresenceSubscriptionData {
    const hash: Record<string, unknown> = {};
    for (const [id, member] of this.members) hash[id] = member.info;
    return { presence: { ids: this.ids(), hash, count: this.members.size } };
  }
}
