import type { LatencySummary } from '../stats.js';

/** Which wire protocol the generator's sockets speak. */
export type WireProtocol = 'pusher' | 'socketio';

/** Where the sockets connect and what they subscribe to. */
export interface OpenSpec {
  protocol: WireProtocol;
  /** Server base URL, `http://127.0.0.1:PORT`. */
  url: string;
  appKey: string;
  /** Signs private/presence subscriptions the way an app's auth endpoint would. */
  appSecret: string;
  sockets: number;
  /** `shared`: all on one channel; `own`: socket i on `${name}-${i}`; `none`: connect only. */
  channels: { mode: 'shared' | 'own'; name: string } | { mode: 'none' };
  /** Most connects in flight at once; `0` opens every socket at once (the connection storm). */
  inFlight: number;
  /** Gives up on sockets still not established/subscribed after this long. */
  timeoutMs: number;
}

/** What opening sockets achieved. */
export interface OpenResult {
  established: number;
  subscribed: number;
  failed: number;
  /** From the first connect to the last `connection_established`, ms. */
  connectMs: number;
  /** From the first connect to the last subscription confirmation, ms (`null` without channels). */
  subscribeMs: number | null;
  errors: string[];
}

/** Deliveries counted since the last reset. */
export interface DeliveryStats {
  received: number;
  /** Frames whose stamp could not be read. */
  unstamped: number;
  latency: LatencySummary;
  /** Receive time of the first and last delivery (wall-clock ms), `null` if none. */
  firstAt: number | null;
  lastAt: number | null;
  /** Sockets that closed after they were established (the server dropped them). */
  dropped: number;
  /** The generator's own CPU seconds so far: near one core means latency is the client's, not the server's. */
  cpuSeconds: number;
}

/** Presence churn, run entirely inside the generator so join/leave and their echoes share a clock. */
export interface ChurnSpec {
  url: string;
  appKey: string;
  appSecret: string;
  channel: string;
  /** Distinct users cycling through the channel. */
  users: number;
  /** Members kept in the channel at any moment (stays under the server's presence member limit). */
  present: number;
  /** Join+leave pairs per second. */
  pairsPerSecond: number;
  durationMs: number;
}

/** What the presence churn observed. */
export interface ChurnResult {
  pairs: number;
  /** `pusher:subscribe` → `subscription_succeeded` with the member list, ms. */
  joinLatency: LatencySummary;
  /** A join or leave → the observer's `member_added`/`member_removed`, ms. */
  memberEventLatency: LatencySummary;
  /** Joins/leaves whose member event the observer never saw. */
  missedMemberEvents: number;
  /** Member events for a user who had not just joined/left (duplicates or wrong user). */
  unexpectedMemberEvents: number;
  /** Whether the observer's member list matched the real one at the end. */
  finalListMatches: boolean;
  errors: string[];
}

/** Parent → generator. */
export type GeneratorCommand =
  | { id: number; cmd: 'open'; spec: OpenSpec }
  | { id: number; cmd: 'reset' }
  | { id: number; cmd: 'stats' }
  | { id: number; cmd: 'churn'; spec: ChurnSpec }
  | { id: number; cmd: 'close' };

/** Generator → parent: the answer to command `id`. */
export type GeneratorReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };
