/**
 * The seam between the parts of the server that take events in (HTTP API, Redis ingest) or ask about
 * state (HTTP API) and the part that holds the sockets. The local adapter answers from this process's
 * memory; a Redis adapter answers for every node.
 */

/** An event to deliver to every subscriber of some channels. */
export interface Publication {
  appId: string;
  channels: string[];
  event: string;
  /** Already a string, as the Pusher wire format wants it (the HTTP API receives it that way). */
  data: string;
  /** A socket to leave out (`socket_id` of the HTTP API: Laravel's `toOthers()`). */
  exceptSocketId?: string;
}

/** What the HTTP API reports about one channel. */
export interface ChannelInfo {
  occupied: boolean;
  subscriptionCount: number;
  /** Distinct users, presence channels only. */
  userCount?: number;
  /** The last event of a cache channel and its remaining time to live, in seconds. */
  cache?: { data: string; event: string; ttl: number };
}

/** One presence member as the HTTP API lists it. */
export interface PresenceUser {
  id: string;
}

/** Everything the HTTP API and ingest need from the socket side. */
export interface Adapter {
  /** Delivers an event; also stores it as the last event of cache channels. */
  publish(publication: Publication): Promise<void>;
  /** Occupied channels of an app, optionally only those starting with `prefix`. */
  channels(appId: string, prefix?: string): Promise<Map<string, ChannelInfo>>;
  /** One channel's state (unoccupied channels report `occupied: false` and zero counts). */
  channel(appId: string, channel: string): Promise<ChannelInfo>;
  /** Distinct members of a presence channel. */
  presenceUsers(appId: string, channel: string): Promise<PresenceUser[]>;
  /** Closes every connection signed in as `userId`. */
  terminateUserConnections(appId: string, userId: string): Promise<void>;
  /** Releases timers and connections. */
  close(): Promise<void>;
}
