import { PusherEvent, type WatchlistEvent } from '@echokit/protocol';
import type { Connection } from '../connection/connection.js';

/**
 * Signed-in users of one app: which sockets each user has, and who watches whom. A user is online from
 * their first signed-in socket to their last; watchers hear `online`/`offline` at those two moments.
 */
export class UserRegistry {
  private readonly sockets = new Map<string, Set<Connection>>();
  private readonly watchers = new Map<string, Set<Connection>>();

  /** The sockets signed in as `userId` (empty when offline). */
  connectionsOf(userId: string): Connection[] {
    return [...(this.sockets.get(userId) ?? [])];
  }

  isOnline(userId: string): boolean {
    return this.sockets.has(userId);
  }

  /** Registers a freshly signed-in socket (its `user` already set) and sends watchlist events. */
  signIn(connection: Connection): void {
    const user = connection.user;
    if (!user) return;
    let own = this.sockets.get(user.id);
    const cameOnline = !own;
    if (!own) {
      own = new Set();
      this.sockets.set(user.id, own);
    }
    own.add(connection);
    if (cameOnline) this.notifyWatchers(user.id, 'online');

    for (const watched of user.watchlist) {
      let set = this.watchers.get(watched);
      if (!set) {
        set = new Set();
        this.watchers.set(watched, set);
      }
      set.add(connection);
    }
    // The watcher learns the current state once, then only changes.
    const online = user.watchlist.filter((id) => this.isOnline(id));
    const offline = user.watchlist.filter((id) => !this.isOnline(id));
    const events: WatchlistEvent[] = [];
    if (online.length > 0) events.push({ name: 'online', user_ids: online });
    if (offline.length > 0) events.push({ name: 'offline', user_ids: offline });
    if (events.length > 0) sendWatchlistEvents(connection, events);
  }

  /** Forgets a socket that closed; the user goes offline with their last socket. */
  signOut(connection: Connection): void {
    const user = connection.user;
    if (!user) return;
    for (const watched of user.watchlist) {
      const set = this.watchers.get(watched);
      set?.delete(connection);
      if (set?.size === 0) this.watchers.delete(watched);
    }
    const own = this.sockets.get(user.id);
    if (!own?.delete(connection) || own.size > 0) return;
    this.sockets.delete(user.id);
    this.notifyWatchers(user.id, 'offline');
  }

  private notifyWatchers(userId: string, name: WatchlistEvent['name']): void {
    for (const watcher of this.watchers.get(userId) ?? []) {
      sendWatchlistEvents(watcher, [{ name, user_ids: [userId] }]);
    }
  }
}

function sendWatchlistEvents(connection: Connection, events: WatchlistEvent[]): void {
  connection.send({ event: PusherEvent.WatchlistEvents, data: JSON.stringify({ events }) });
}
