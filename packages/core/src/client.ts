import Echo, { type BroadcastDriver, type EchoOptions } from 'laravel-echo';
import Pusher from 'pusher-js';
import {
  type ChannelHandle,
  ChannelHandleImpl,
  type ChannelHost,
  fullChannelName,
  type PresenceHandle,
} from './channel-handle.js';
import type { ChannelType } from './channel-types.js';
import { type ConnectionStore, ConnectionStoreImpl } from './connection-store.js';
import type { EchoShape } from './echo-shape.js';
import type { AnyEvents, EventMap } from './event-map.js';
import { guardedCall } from './guarded-call.js';
import type { RecoveryExtension, ResyncEvent } from './resync.js';

/** laravel-echo's options for a broadcaster (`reverb`, `pusher`, `socket.io`, `null`, …), exactly as Echo takes them. */
export type EchokitOptions<T extends BroadcastDriver = BroadcastDriver> = EchoOptions<T>;

/** Echokit's own settings, beside Echo's options. */
export interface EchokitSettings {
  /** How long a channel stays subscribed after its last consumer released it (StrictMode, route changes). Default 1000 ms. */
  graceMs?: number;
  /** Default whisper throttle per event. Default 300 ms; 0 disables. */
  whisperThrottleMs?: number;
  /**
   * After a reconnect, how long a presence member missing from the fresh list stays listed before it counts
   * as gone (`onLeave`). Clients resubscribe at their own pace after a server restart or deploy; this keeps
   * them from flashing out and back in. Default 3000 ms; 0 reports the diff at once.
   */
  presenceSettleMs?: number;
  /** A recovery extension for server-side replay of missed events (see {@link RecoveryExtension}). */
  recovery?: RecoveryExtension;
}

/**
 * The Echokit client: laravel-echo plus the state it leaves out. Creating it creates nothing; the Echo
 * instance (and its socket) is made on first use: reading `client.echo`, acquiring a channel, or `connect()`.
 */
export interface EchokitClient<T extends BroadcastDriver = BroadcastDriver> {
  /** The real laravel-echo instance, untouched (created on first access). */
  readonly echo: Echo<T>;
  /** The connection-state store; reading it never creates anything. */
  readonly connection: ConnectionStore;
  /** True once the Echo instance exists (false during server rendering). */
  hasEcho(): boolean;
  /**
   * The shared handle for a channel; `name` as in Laravel (`orders.1`), `type` adds the prefix. The same
   * handle object is returned for the same channel for the life of the client.
   */
  channel<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>(
    name: string,
    type?: Exclude<ChannelType, 'presence'>,
  ): ChannelHandle<E, W>;
  channel<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>(
    name: string,
    type: 'presence',
  ): PresenceHandle<unknown, E, W>;
  /** The shared handle for a presence channel (`presence-` + name), typed by its members' `user_info`. */
  presence<TInfo = unknown, E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>(
    name: string,
  ): PresenceHandle<TInfo, E, W>;
  /** Every channel's resync (once per channel after each reconnect). Returns the unsubscribe. */
  onResync(callback: (event: ResyncEvent) => void): () => void;
  /** The socket id while connected (for `X-Socket-ID`), without creating anything. */
  socketId(): string | undefined;
  /** Creates Echo if needed and (re)opens the connection. */
  connect(): void;
  /** Closes the connection (status `disconnected`); channels stay registered and resubscribe on `connect()`. */
  disconnect(): void;
  /**
   * Switches to new options (e.g. a new bearer token): leaves every channel on the old Echo and disconnects
   * it, resets the connection state, and resubscribes the channels still in use on a new Echo.
   */
  reconfigure(options: EchokitOptions<T> | Echo<T>, settings?: EchokitSettings): void;
  /** Leaves every channel, disconnects and forgets all state. */
  destroy(): void;
}

function isEchoInstance(value: unknown): value is EchoShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    'connector' in value &&
    typeof (value as { join?: unknown }).join === 'function'
  );
}

/**
 * Creates an Echokit client from laravel-echo options or an existing `Echo` instance. Safe to call during
 * server rendering: it touches no `window` and opens no socket until used.
 *
 * @example
 * const client = createEchokit({
 *   broadcaster: 'reverb',
 *   key: import.meta.env.VITE_REVERB_APP_KEY,
 *   wsHost: import.meta.env.VITE_REVERB_HOST,
 *   wsPort: 8080,
 *   forceTLS: false,
 *   enabledTransports: ['ws', 'wss'],
 * });
 * client.channel('orders', 'private').listen('OrderShipped', (e) => console.log(e));
 */
export function createEchokit<T extends BroadcastDriver>(
  // `& { broadcaster: T }` gives TypeScript a place to infer the broadcaster from.
  options: (EchokitOptions<T> & { broadcaster: T }) | Echo<T>,
  settings: EchokitSettings = {},
): EchokitClient<T> {
  return new Client<T>(options, settings);
}

class Client<T extends BroadcastDriver> implements EchokitClient<T> {
  readonly connection = new ConnectionStoreImpl();
  #instance: EchoShape | null = null;
  readonly #handles = new Map<string, ChannelHandleImpl>();
  readonly #resyncListeners = new Set<(event: ResyncEvent) => void>();
  #detachers: (() => void)[] = [];
  readonly #host: ChannelHost;

  #options: EchokitOptions<T> | Echo<T>;
  #settings: EchokitSettings;

  constructor(options: EchokitOptions<T> | Echo<T>, settings: EchokitSettings) {
    this.#options = options;
    this.#settings = settings;
    const client = this;
    this.#host = {
      echo: () => this.#ensureEcho(),
      get graceMs() {
        return client.#settings.graceMs ?? 1000;
      },
      get whisperThrottleMs() {
        return client.#settings.whisperThrottleMs ?? 300;
      },
      get presenceSettleMs() {
        return client.#settings.presenceSettleMs ?? 3000;
      },
      extensionHandles: (channel) => this.#settings.recovery?.handles(channel) ?? false,
      emitResync: (event) => {
        for (const listener of [...this.#resyncListeners]) guardedCall(() => listener(event));
      },
    };
    this.connection.onChange((snapshot, previous) => {
      if (previous.status === 'connected' && snapshot.status !== 'connected') {
        for (const handle of this.#handles.values()) handle.connectionLost();
      }
    });
  }

  get echo(): Echo<T> {
    return this.#ensureEcho() as unknown as Echo<T>;
  }

  hasEcho(): boolean {
    return this.#instance !== null;
  }

  // biome-ignore lint/suspicious/noExplicitAny: one implementation behind the typed overloads
  channel(name: string, type: ChannelType = 'public'): any {
    const full = fullChannelName(name, type);
    let handle = this.#handles.get(full);
    if (!handle) {
      handle = new ChannelHandleImpl(this.#host, name, type);
      this.#handles.set(full, handle);
    }
    return handle;
  }

  presence<TInfo, E extends EventMap, W extends EventMap>(name: string): PresenceHandle<TInfo, E, W> {
    return this.channel(name, 'presence') as unknown as PresenceHandle<TInfo, E, W>;
  }

  onResync(callback: (event: ResyncEvent) => void): () => void {
    const entry = (event: ResyncEvent) => callback(event);
    this.#resyncListeners.add(entry);
    return () => {
      this.#resyncListeners.delete(entry);
    };
  }

  socketId(): string | undefined {
    return this.connection.getSnapshot().socketId ?? undefined;
  }

  connect(): void {
    const fresh = this.#instance === null;
    const echo = this.#ensureEcho();
    if (fresh) return;
    this.connection.input({ type: 'app-connect' });
    if (echo.connector.pusher) echo.connector.pusher.connect();
    else (echo.connector as { socket?: { connect?(): void } }).socket?.connect?.();
  }

  disconnect(): void {
    if (!this.#instance) return;
    this.connection.input({ type: 'app-disconnect' });
    this.#instance.disconnect();
  }

  reconfigure(options: EchokitOptions<T> | Echo<T>, settings?: EchokitSettings): void {
    this.#teardownEcho();
    this.#options = options;
    if (settings) this.#settings = settings;
    for (const handle of this.#handles.values()) handle.reconfigure();
  }

  destroy(): void {
    for (const handle of this.#handles.values()) handle.leave();
    this.#handles.clear();
    this.#resyncListeners.clear();
    this.#teardownEcho();
  }

  #teardownEcho(): void {
    for (const detach of this.#detachers.splice(0)) detach();
    if (this.#instance) {
      const old = this.#instance;
      this.#instance = null;
      old.disconnect();
    }
    this.connection.reset();
  }

  #ensureEcho(): EchoShape {
    if (this.#instance) return this.#instance;
    const echo = isEchoInstance(this.#options)
      ? this.#options
      : this.#createEcho(this.#options as EchokitOptions<T>);
    this.#instance = echo;
    const pusher = echo.connector.pusher;
    this.#detachers.push(
      pusher ? this.connection.followPusher(pusher) : this.connection.followConnector(echo.connector),
    );
    const recovery = this.#settings.recovery;
    if (recovery && pusher) {
      this.#detachers.push(
        recovery.attach({
          pusher,
          report: (event) => this.#handles.get(event.channel)?.resync(event),
        }),
      );
    }
    return echo;
  }

  #createEcho(options: EchokitOptions<T>): EchoShape {
    const pusherBased = options.broadcaster === 'reverb' || options.broadcaster === 'pusher';
    // Give Echo the bundled pusher-js unless the app passed its own client or constructor.
    const withPusher = pusherBased && !options.client && !options.Pusher ? { ...options, Pusher } : options;
    // biome-ignore lint/suspicious/noExplicitAny: Echo's constructor type cannot follow a generic broadcaster
    return new Echo(withPusher as any) as unknown as EchoShape;
  }
}
