/**
 * The connection's state machine, as one honest status:
 * - `idle`: nothing created yet (also the server-side snapshot);
 * - `connecting`: the first connection is being made;
 * - `connected`: the socket is up and has a socket id;
 * - `reconnecting`: it was connected and is trying again (pusher-js `connecting` after a drop, `unavailable`);
 * - `failed`: it gave up (app key refused with 4000–4099, no transport available);
 * - `disconnected`: closed by the app.
 */
export type ConnectionStatus =
  | 'idle'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'failed'
  | 'disconnected';

/** The last connection error pusher-js reported, with its Pusher code when there is one. */
export interface ConnectionError {
  /** Pusher close/error code (4001 app not found, 4100 over capacity, …) or `null`. */
  readonly code: number | null;
  readonly message: string;
}

/** An immutable view of the connection; its identity changes only when its content changes. */
export interface ConnectionSnapshot {
  readonly status: ConnectionStatus;
  /** The socket id while connected (feed it to `X-Socket-ID` for `toOthers()`), else `null`. */
  readonly socketId: string | null;
  /** Connection attempts since the last time it was connected; 0 while connected. */
  readonly attempt: number;
  readonly lastError: ConnectionError | null;
  /** `Date.now()` of the last status change; 0 before the first one. */
  readonly since: number;
  /** The browser's online flag (`navigator.onLine` and its events); `true` outside browsers. */
  readonly online: boolean;
}

/** The snapshot before anything is created: use it as the server snapshot when rendering on a server. */
export const IDLE_CONNECTION: ConnectionSnapshot = Object.freeze({
  status: 'idle',
  socketId: null,
  attempt: 0,
  lastError: null,
  since: 0,
  online: true,
});

/** One thing the underlying socket client reported. */
export type ConnectionInput =
  /** pusher-js changed state (`initialized`, `connecting`, `connected`, `unavailable`, `failed`, `disconnected`). */
  | { readonly type: 'state'; readonly state: string; readonly socketId?: string | null }
  /** pusher-js will retry after a delay (its `connecting_in` event): the socket dropped. */
  | { readonly type: 'retrying' }
  | { readonly type: 'error'; readonly error: ConnectionError }
  /** The app asked to disconnect (so the following `disconnected` is not a failure). */
  | { readonly type: 'app-disconnect' }
  | { readonly type: 'app-connect' }
  | { readonly type: 'online'; readonly online: boolean };

/** Internal memory the reducer needs beyond the snapshot. */
export interface ConnectionMachine {
  readonly snapshot: ConnectionSnapshot;
  /** True once connected since the app last connected: later `connecting` means `reconnecting`. */
  readonly wasConnected: boolean;
  readonly appDisconnected: boolean;
}

/** The machine before anything happened. */
export const INITIAL_MACHINE: ConnectionMachine = {
  snapshot: IDLE_CONNECTION,
  wasConnected: false,
  appDisconnected: false,
};

function refusedCode(error: ConnectionError | null): boolean {
  // Pusher's 4000–4099 range means "do not reconnect unchanged" (4000 itself is handled by switching to TLS).
  return error !== null && error.code !== null && error.code > 4000 && error.code < 4100;
}

function statusFor(machine: ConnectionMachine, state: string): ConnectionStatus {
  switch (state) {
    case 'initialized':
      return 'idle';
    case 'connecting':
    case 'unavailable':
      return machine.wasConnected ? 'reconnecting' : 'connecting';
    case 'connected':
      return 'connected';
    case 'failed':
      return 'failed';
    case 'disconnected':
      if (machine.appDisconnected) return 'disconnected';
      return refusedCode(machine.snapshot.lastError) ? 'failed' : 'disconnected';
    default:
      return machine.snapshot.status;
  }
}

function withSnapshot(
  machine: ConnectionMachine,
  patch: Partial<ConnectionSnapshot>,
  now: number,
  extra: Partial<Omit<ConnectionMachine, 'snapshot'>> = {},
): ConnectionMachine {
  const prev = machine.snapshot;
  const next = { ...prev, ...patch };
  const changed = (Object.keys(next) as (keyof ConnectionSnapshot)[]).some((key) => next[key] !== prev[key]);
  const snapshot = changed
    ? Object.freeze({ ...next, since: next.status !== prev.status ? now : prev.since })
    : prev;
  return { ...machine, ...extra, snapshot };
}

/**
 * The pure state machine: the next machine after one input. Snapshots keep their identity when nothing
 * visible changed.
 *
 * @example
 * let m = INITIAL_MACHINE;
 * m = reduceConnection(m, { type: 'state', state: 'connecting' }, Date.now()); // status 'connecting'
 */
export function reduceConnection(
  machine: ConnectionMachine,
  input: ConnectionInput,
  now: number,
): ConnectionMachine {
  const snap = machine.snapshot;
  switch (input.type) {
    case 'online':
      return withSnapshot(machine, { online: input.online }, now);
    case 'error':
      return withSnapshot(machine, { lastError: Object.freeze({ ...input.error }) }, now);
    case 'app-disconnect':
      return { ...machine, appDisconnected: true };
    case 'app-connect':
      return { ...machine, appDisconnected: false, wasConnected: false };
    case 'retrying':
      // The socket closed; pusher-js keeps saying `connected` until its retry timer fires.
      if (snap.status === 'connected') {
        return withSnapshot(
          machine,
          { status: 'reconnecting', socketId: null, attempt: snap.attempt + 1 },
          now,
        );
      }
      return withSnapshot(machine, { attempt: snap.attempt + 1 }, now);
    case 'state': {
      const status = statusFor(machine, input.state);
      if (status === 'connected') {
        return withSnapshot(machine, { status, socketId: input.socketId ?? null, attempt: 0 }, now, {
          wasConnected: true,
        });
      }
      const startsAttempt =
        (status === 'connecting' || status === 'reconnecting') &&
        snap.status !== 'connecting' &&
        snap.status !== 'reconnecting';
      return withSnapshot(
        machine,
        { status, socketId: null, attempt: startsAttempt ? snap.attempt + 1 : snap.attempt },
        now,
        status === 'disconnected' || status === 'failed' || status === 'idle' ? { wasConnected: false } : {},
      );
    }
  }
}
