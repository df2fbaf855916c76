import {
  type ConnectionError,
  type ConnectionInput,
  type ConnectionMachine,
  type ConnectionSnapshot,
  IDLE_CONNECTION,
  INITIAL_MACHINE,
  reduceConnection,
} from './connection-status.js';
import type { AnyCallback, PusherShape } from './echo-shape.js';
import { guardedCall } from './guarded-call.js';
import { isOnline, watchOnline } from './online-status.js';
import { type ServerRenderableStore, Subscribable } from './subscribable.js';

/**
 * The connection-state store (`client.connection`): one honest state machine over pusher-js's connection
 * events. Reading it never creates a connection.
 *
 * @example
 * const stop = client.connection.subscribe(() => {
 *   const { status, attempt } = client.connection.getSnapshot();
 *   banner.textContent = status === 'reconnecting' ? `Reconnecting (try ${attempt})…` : '';
 * });
 */
export interface ConnectionStore extends ServerRenderableStore<ConnectionSnapshot> {
  /**
   * Called once each time the connection comes back after having been connected before (not on the first
   * connect): the place to refetch. Returns the unsubscribe.
   */
  onReconnect(callback: () => void): () => void;
}

/** Reads pusher-js's varied error shapes into `{ code, message }`. */
export function parseConnectionError(raw: unknown): ConnectionError {
  const outer = (raw ?? {}) as { type?: unknown; error?: unknown; data?: unknown };
  const inner = (outer.error ?? {}) as { data?: unknown; message?: unknown; type?: unknown };
  const data = (outer.data ?? inner.data ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof data.code === 'number' ? data.code : null;
  const message =
    typeof data.message === 'string' && data.message !== ''
      ? data.message
      : typeof inner.message === 'string'
        ? inner.message
        : typeof outer.type === 'string'
          ? outer.type
          : 'Connection error';
  return { code, message };
}

/** The implementation: the client feeds it, bindings read it. */
export class ConnectionStoreImpl extends Subscribable implements ConnectionStore {
  #machine: ConnectionMachine = INITIAL_MACHINE;
  #everConnected = false;
  readonly #reconnectListeners = new Set<() => void>();
  readonly #statusListeners = new Set<(snapshot: ConnectionSnapshot, previous: ConnectionSnapshot) => void>();
  #stopOnline: (() => void) | undefined;

  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    super();
    this.#now = now;
  }

  getSnapshot(): ConnectionSnapshot {
    return this.#machine.snapshot;
  }

  getServerSnapshot(): ConnectionSnapshot {
    return IDLE_CONNECTION;
  }

  onReconnect(callback: () => void): () => void {
    const entry = () => callback();
    this.#reconnectListeners.add(entry);
    return () => {
      this.#reconnectListeners.delete(entry);
    };
  }

  /** For the client: called on every snapshot change with the previous snapshot. */
  onChange(callback: (snapshot: ConnectionSnapshot, previous: ConnectionSnapshot) => void): () => void {
    this.#statusListeners.add(callback);
    return () => {
      this.#statusListeners.delete(callback);
    };
  }

  /** Feeds one input to the state machine and notifies when the snapshot changed. */
  input(input: ConnectionInput): void {
    const previous = this.#machine.snapshot;
    this.#machine = reduceConnection(this.#machine, input, this.#now());
    const snapshot = this.#machine.snapshot;
    if (snapshot === previous) return;
    const reconnected =
      snapshot.status === 'connected' && previous.status !== 'connected' && this.#everConnected;
    if (snapshot.status === 'connected') this.#everConnected = true;
    for (const listener of [...this.#statusListeners]) listener(snapshot, previous);
    // Inputs arrive inside pusher-js's dispatch: a throwing listener must not break it.
    guardedCall(() => this.notify());
    if (reconnected) for (const listener of [...this.#reconnectListeners]) guardedCall(listener);
  }

  /** Back to `idle` (reconfigure): a later first connect is not a reconnect. */
  reset(): void {
    const online = this.#machine.snapshot.online;
    this.#machine = INITIAL_MACHINE;
    this.#everConnected = false;
    this.input({ type: 'online', online });
  }

  /** Follows a pusher-js client's connection; returns the detach. */
  followPusher(pusher: PusherShape): () => void {
    const connection = pusher.connection;
    const bindings: [string, AnyCallback][] = [
      [
        'state_change',
        (change: { current: string }) =>
          this.input({ type: 'state', state: change.current, socketId: connection.socket_id ?? null }),
      ],
      ['connecting_in', () => this.input({ type: 'retrying' })],
      ['error', (error: unknown) => this.input({ type: 'error', error: parseConnectionError(error) })],
    ];
    for (const [event, callback] of bindings) connection.bind(event, callback);
    this.input({ type: 'state', state: connection.state, socketId: connection.socket_id ?? null });
    return () => {
      for (const [event, callback] of bindings) connection.unbind(event, callback);
    };
  }

  /** Follows a non-pusher connector through Echo's `connectionStatus`/`onConnectionChange`; returns the detach. */
  followConnector(connector: {
    connectionStatus?(): string;
    onConnectionChange?(callback: (status: string) => void): () => void;
    socketId?(): string | undefined;
  }): () => void {
    const apply = (status: string) =>
      this.input({
        type: 'state',
        // Laravel's `reconnecting` is pusher-js's `unavailable`; its other statuses share pusher-js's names.
        state: status === 'reconnecting' ? 'unavailable' : status,
        socketId: connector.socketId?.() ?? null,
      });
    if (connector.connectionStatus) apply(connector.connectionStatus());
    return connector.onConnectionChange?.(apply) ?? (() => {});
  }

  protected override onSubscribe(): void {
    this.input({ type: 'online', online: isOnline() });
    this.#stopOnline = watchOnline((online) => this.input({ type: 'online', online }));
  }

  protected override onUnsubscribe(): void {
    this.#stopOnline?.();
    this.#stopOnline = undefined;
  }
}
