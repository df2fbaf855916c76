import type {
  ChannelError,
  ChannelLease,
  ChannelListeners,
  ChannelSnapshot,
  ChannelStatus,
  ChannelType,
  PresenceListeners,
  PresenceMember,
  PresenceSnapshot,
  WhisperOptions,
} from './channel-types.js';
import type { AnyCallback, EchoChannelShape, EchoShape } from './echo-shape.js';
import type { AnyEvents, EventCallback, EventMap, EventName, EventPayload } from './event-map.js';
import { guardedCall } from './guarded-call.js';
import { NOTIFICATION_EVENT } from './laravel-compat.js';
import { diffMembers, readPusherMembers, sortMembers } from './presence-members.js';
import type { ResyncEvent } from './resync.js';
import { type ServerRenderableStore, Subscribable } from './subscribable.js';
import { WhisperThrottle } from './whisper-throttle.js';

/**
 * A shared handle on one channel, from `client.channel(name, type)`. Getting it subscribes nothing; each
 * `acquire()` (or `listen`, `listenForWhisper`, …) holds the subscription until released. It is also a store
 * of the channel's {@link ChannelSnapshot}.
 *
 * @example
 * const orders = client.channel<ShopEvents>('orders.1', 'private');
 * const lease = orders.acquire({ listen: { OrderShipped: (e) => show(e.order.id) } });
 * orders.getSnapshot().status; // 'pending' → 'subscribed' (or 'error' with the auth status)
 * lease.release();
 */
export interface ChannelHandle<E extends EventMap = AnyEvents, W extends EventMap = AnyEvents>
  extends ServerRenderableStore<ChannelSnapshot> {
  /** The full channel name, prefix included. */
  readonly name: string;
  readonly type: ChannelType;
  /** Holds the channel with these callbacks; see {@link ChannelLease}. */
  acquire(listeners?: ChannelListeners<E, W>): ChannelLease<ChannelListeners<E, W>>;
  /** Listens to one or several events (the callback gets the event name in `meta.event`); returns the release. */
  listen<K extends EventName<E>>(
    event: K | readonly K[],
    callback: EventCallback<EventPayload<E, K>>,
  ): () => void;
  /** Listens to a whisper (without the `client-` prefix); returns the release. */
  listenForWhisper<K extends EventName<W>>(event: K, callback: EventCallback<EventPayload<W, K>>): () => void;
  /** Listens to Laravel notifications on this channel; returns the release. */
  notification(callback: NonNullable<ChannelListeners<E, W>['notification']>): () => void;
  /** Called once per reconnect when the channel is subscribed again; holds the channel; returns the release. */
  onResync(callback: (event: ResyncEvent) => void): () => void;
  /**
   * Sends a whisper to the other members, throttled per event (default ≤ 1 per 300 ms, the last payload of a
   * burst is sent at the end of the window). Returns false when it cannot be sent now (not subscribed, or a
   * public or encrypted channel, where Pusher forbids client events).
   */
  whisper<K extends EventName<W>>(event: K, payload: EventPayload<W, K>, options?: WhisperOptions): boolean;
  /** Leaves now, for every consumer: their leases become inactive (releasing them later is harmless). */
  leave(): void;
  /** The laravel-echo channel object while subscribed (Echo's own API), else `null`. */
  echoChannel(): unknown;
  /** Number of active leases (for debugging and tests). */
  leaseCount(): number;
}

/**
 * A presence channel handle: a {@link ChannelHandle} whose snapshot also holds the members.
 *
 * @example
 * const room = client.presence<{ name: string }>('chat.1');
 * const lease = room.acquire({ onJoin: (m) => toast(`${m.info.name} joined`) });
 * room.getSnapshot().members.map((m) => m.info.name);
 */
export interface PresenceHandle<
  TInfo = unknown,
  E extends EventMap = AnyEvents,
  W extends EventMap = AnyEvents,
> extends Omit<ChannelHandle<E, W>, 'acquire' | 'getSnapshot' | 'getServerSnapshot'> {
  getSnapshot(): PresenceSnapshot<TInfo>;
  /** The idle snapshot (no members), stable: what a server renders. */
  getServerSnapshot(): PresenceSnapshot<TInfo>;
  acquire(listeners?: PresenceListeners<TInfo, E, W>): ChannelLease<PresenceListeners<TInfo, E, W>>;
  /** Called when a member joins; holds the channel; returns the release. */
  onJoin(callback: (member: PresenceMember<TInfo>) => void): () => void;
  /** Called when a member leaves; holds the channel; returns the release. */
  onLeave(callback: (member: PresenceMember<TInfo>) => void): () => void;
}

/** What a handle needs from its client. */
export interface ChannelHost {
  /** The laravel-echo instance, created on first use. */
  echo(): EchoShape;
  readonly graceMs: number;
  readonly whisperThrottleMs: number;
  /** How long a member missing after a reconnect is kept before it counts as gone (0: at once). */
  readonly presenceSettleMs: number;
  /** True when a recovery extension reports this channel's resync itself. */
  extensionHandles(channel: string): boolean;
  /** Forwards a channel's resync to the client-wide listeners. */
  emitResync(event: ResyncEvent): void;
}

const PREFIX: Record<ChannelType, string> = {
  public: '',
  private: 'private-',
  presence: 'presence-',
  encrypted: 'private-encrypted-',
};

/** The full channel name for a Laravel-style name and a type (`'orders', 'private'` → `private-orders`). */
export function fullChannelName(name: string, type: ChannelType): string {
  return PREFIX[type] + name;
}

type AnyListeners = PresenceListeners<unknown, AnyEvents, AnyEvents>;

/**
 * The Echo event behind a wire key (`e:Name` event, `w:name` whisper, `n` notifications): Echo's own
 * `listenForWhisper` and `notification` are `listen` on these names, on every broadcaster.
 */
function echoEventFor(key: string): string {
  if (key === 'n') return NOTIFICATION_EVENT;
  return key[0] === 'w' ? `.client-${key.slice(2)}` : key.slice(2);
}

function parseChannelError(data: unknown): ChannelError {
  const raw = (data ?? {}) as {
    type?: unknown;
    error?: unknown;
    status?: unknown;
    data?: { code?: unknown; message?: unknown };
  };
  const status =
    typeof raw.status === 'number' ? raw.status : typeof raw.data?.code === 'number' ? raw.data.code : null;
  const message =
    typeof raw.error === 'string'
      ? raw.error
      : typeof raw.data?.message === 'string'
        ? raw.data.message
        : raw.error instanceof Error
          ? raw.error.message
          : 'Subscription failed';
  return Object.freeze({
    type: typeof raw.type === 'string' ? raw.type : 'SubscriptionError',
    status,
    message,
  });
}

/** Equal for snapshot purposes: identical, or arrays with identical elements. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Keeps the old member object when nothing about it changed, so snapshots stay identity-stable. */
function reuseMembers(
  before: readonly PresenceMember<unknown>[],
  after: PresenceMember<unknown>[],
): PresenceMember<unknown>[] {
  const old = new Map(before.map((m) => [m.id, m]));
  return after.map((m) => {
    const prev = old.get(m.id);
    return prev && JSON.stringify(prev.info) === JSON.stringify(m.info) ? prev : m;
  });
}

class Lease implements ChannelLease<AnyListeners> {
  active = true;
  constructor(
    private readonly handle: ChannelHandleImpl,
    public listeners: AnyListeners,
  ) {}
  update(listeners: AnyListeners): void {
    if (!this.active) return;
    this.listeners = listeners;
    this.handle.rewire();
  }
  release(): void {
    if (!this.active) return;
    this.active = false;
    this.handle.dropLease(this);
  }
}

/** The one implementation behind {@link ChannelHandle} and {@link PresenceHandle}. */
export class ChannelHandleImpl extends Subscribable implements PresenceHandle<unknown, AnyEvents, AnyEvents> {
  readonly name: string;
  #snapshot: PresenceSnapshot<unknown>;
  readonly #idle: PresenceSnapshot<unknown>;
  readonly #leases = new Set<Lease>();
  /** One dispatcher bound on the Echo channel per listened key (`e:Name`, `w:name`, `n`). */
  readonly #wires = new Map<string, AnyCallback>();
  readonly #internal: [string, AnyCallback][] = [];
  #channel: EchoChannelShape | null = null;
  #leaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set once subscribed in the current attachment: a later success is a resubscribe after a reconnect. */
  #subscribedBefore = false;
  /** Members missing from a fresh list after a reconnect, kept until they come back or the timer ends. */
  readonly #settling = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #throttle: WhisperThrottle;
  readonly #host: ChannelHost;

  constructor(
    host: ChannelHost,
    readonly baseName: string,
    readonly type: ChannelType,
  ) {
    super();
    this.#host = host;
    this.name = fullChannelName(baseName, type);
    this.#idle = this.#freshSnapshot('idle');
    this.#snapshot = this.#idle;
    this.#throttle = new WhisperThrottle((event, payload) => this.#channel?.whisper?.(event, payload));
  }

  getSnapshot(): PresenceSnapshot<unknown> {
    return this.#snapshot;
  }

  getServerSnapshot(): PresenceSnapshot<unknown> {
    return this.#idle;
  }

  leaseCount(): number {
    return this.#leases.size;
  }

  echoChannel(): unknown {
    return this.#channel;
  }

  acquire(listeners: AnyListeners = {}): ChannelLease<AnyListeners> {
    const lease = new Lease(this, listeners);
    this.#leases.add(lease);
    clearTimeout(this.#leaveTimer);
    this.#leaveTimer = undefined;
    if (this.#channel && !this.#ownsEchoChannel()) this.#detach(false); // left by hand with `echo.leave()`
    if (!this.#channel) this.#attach();
    this.rewire();
    return lease;
  }

  // biome-ignore lint/suspicious/noExplicitAny: the implementation serves every typed map
  listen(event: string | readonly string[], callback: EventCallback<any>): () => void {
    const events = typeof event === 'string' ? [event] : event;
    return this.#hold({ listen: Object.fromEntries(events.map((name) => [name, callback])) });
  }

  // biome-ignore lint/suspicious/noExplicitAny: the implementation serves every typed map
  listenForWhisper(event: string, callback: EventCallback<any>): () => void {
    return this.#hold({ whispers: { [event]: callback } });
  }

  notification(callback: NonNullable<AnyListeners['notification']>): () => void {
    return this.#hold({ notification: callback });
  }

  onResync(callback: (event: ResyncEvent) => void): () => void {
    return this.#hold({ onResync: callback });
  }

  onJoin(callback: (member: PresenceMember<unknown>) => void): () => void {
    return this.#hold({ onJoin: callback });
  }

  onLeave(callback: (member: PresenceMember<unknown>) => void): () => void {
    return this.#hold({ onLeave: callback });
  }

  whisper(event: string, payload: unknown, options: WhisperOptions = {}): boolean {
    // Pusher accepts client events only on private and presence channels.
    const allowed = this.type === 'private' || this.type === 'presence';
    if (!this.#channel || !allowed || this.#snapshot.status !== 'subscribed') return false;
    this.#throttle.whisper(event, payload, options.throttleMs ?? this.#host.whisperThrottleMs);
    return true;
  }

  leave(): void {
    for (const lease of this.#leases) lease.active = false;
    this.#leases.clear();
    this.#detach(true);
  }

  /** Called by a lease. */
  dropLease(lease: Lease): void {
    if (!this.#leases.delete(lease)) return;
    this.rewire();
    if (this.#leases.size > 0) return;
    clearTimeout(this.#leaveTimer);
    // Wait before leaving so StrictMode's remount and route changes reuse the subscription.
    this.#leaveTimer = setTimeout(() => {
      this.#leaveTimer = undefined;
      if (this.#leases.size === 0) this.#detach(true);
    }, this.#host.graceMs);
  }

  /** The client saw the connection drop: the subscription is pending until pusher-js resubscribes. */
  connectionLost(): void {
    if (this.#channel && this.#snapshot.status === 'subscribed') this.#setState({ status: 'pending' });
  }

  /** The client is switching to a new Echo instance: leave the old one, and rejoin on the new one if held. */
  reconfigure(): void {
    clearTimeout(this.#leaveTimer);
    this.#leaveTimer = undefined;
    this.#detach(false);
    if (this.#leases.size > 0) {
      this.#attach();
      this.rewire();
    }
  }

  /** A resync for this channel (from a reconnect, or reported by a recovery extension). */
  resync(event: ResyncEvent): void {
    this.#emit('onResync', event);
    this.#host.emitResync(event);
  }

  /** Binds one dispatcher per listened key; unbinds keys nobody listens to any more. */
  rewire(): void {
    const channel = this.#channel;
    if (!channel) return;
    const wanted = new Set<string>();
    for (const lease of this.#leases) {
      for (const name of Object.keys(lease.listeners.listen ?? {})) wanted.add(`e:${name}`);
      for (const name of Object.keys(lease.listeners.whispers ?? {})) wanted.add(`w:${name}`);
      if (lease.listeners.notification) wanted.add('n');
    }
    for (const [key, dispatcher] of this.#wires) {
      if (wanted.has(key)) continue;
      channel.stopListening(echoEventFor(key), dispatcher);
      this.#wires.delete(key);
    }
    for (const key of wanted) {
      if (this.#wires.has(key)) continue;
      const dispatcher = this.#dispatcherFor(key);
      channel.listen(echoEventFor(key), dispatcher);
      this.#wires.set(key, dispatcher);
    }
  }

  #hold(listeners: AnyListeners): () => void {
    const lease = this.acquire(listeners);
    return () => lease.release();
  }

  #dispatcherFor(key: string): AnyCallback {
    const kind = key[0];
    const name = key.slice(2);
    return (payload: unknown, metadata?: { user_id?: unknown }) => {
      const meta = Object.freeze({
        event: name,
        channel: this.name,
        ...(metadata?.user_id !== undefined ? { userId: String(metadata.user_id) } : {}),
      });
      for (const { listeners } of [...this.#leases]) {
        const callback =
          kind === 'n'
            ? listeners.notification
            : (kind === 'e' ? listeners.listen : listeners.whispers)?.[name];
        guardedCall(() => callback?.(payload as never, meta));
      }
    };
  }

  #attach(): void {
    const echo = this.#host.echo();
    const channel = this.#echoChannelFor(echo);
    this.#channel = channel;
    this.#subscribedBefore = false;
    const isPusher = Boolean(echo.connector.pusher);
    // A leading '.' makes Echo use the raw event name on every broadcaster.
    const on = (event: string, callback: AnyCallback) => {
      channel.listen(`.${event}`, callback);
      this.#internal.push([`.${event}`, callback]);
    };
    if (isPusher) {
      on('pusher:subscription_succeeded', (data: unknown) => this.#subscribed(data));
      on('pusher:subscription_error', (data: unknown) => this.#failed(parseChannelError(data)));
      if (this.type === 'presence') {
        on('pusher:member_added', (member: { id: unknown; info: unknown }) => this.#memberAdded(member));
        on('pusher:member_removed', (member: { id: unknown; info: unknown }) => this.#memberRemoved(member));
      }
      this.#setState({ status: 'pending', error: null });
      if (channel.subscription?.subscribed) this.#subscribed(channel.subscription.members);
    } else {
      // socket.io and null acknowledge nothing: treat the channel as subscribed once asked for.
      if (this.type === 'presence') {
        const toMember = (m: { user_id: unknown; user_info: unknown }) =>
          Object.freeze({ id: String(m.user_id), info: m.user_info });
        on('presence:subscribed', (list: { user_id: unknown; user_info: unknown }[]) =>
          this.#here(sortMembers(list.map(toMember)), this.#snapshot.me),
        );
        on('presence:joining', (m: { user_id: unknown; user_info: unknown }) =>
          this.#memberAdded(toMember(m)),
        );
        on('presence:leaving', (m: { user_id: unknown; user_info: unknown }) =>
          this.#memberRemoved(toMember(m)),
        );
      }
      this.#setState({ status: 'subscribed', error: null });
    }
  }

  /** True while Echo still holds the channel object this handle subscribed. */
  #ownsEchoChannel(): boolean {
    const channels = this.#host.echo().connector.channels;
    return channels === undefined || channels[this.name] === this.#channel;
  }

  #echoChannelFor(echo: EchoShape): EchoChannelShape {
    switch (this.type) {
      case 'public':
        return echo.channel(this.baseName) as EchoChannelShape;
      case 'private':
        return echo.private(this.baseName) as EchoChannelShape;
      case 'presence':
        return echo.join(this.baseName) as EchoChannelShape;
      case 'encrypted':
        return echo.encryptedPrivate(this.baseName) as EchoChannelShape;
    }
  }

  #detach(leaveEcho: boolean): void {
    const channel = this.#channel;
    if (channel) {
      for (const [key, dispatcher] of this.#wires) channel.stopListening(echoEventFor(key), dispatcher);
      for (const [event, callback] of this.#internal) channel.stopListening(event, callback);
      // Leave only our own subscription: after a hand-made `echo.leave()`, Echo may hold a newer one.
      if (leaveEcho && this.#ownsEchoChannel()) this.#host.echo().leaveChannel(this.name);
    }
    this.#wires.clear();
    this.#internal.length = 0;
    this.#channel = null;
    this.#subscribedBefore = false;
    this.#throttle.clear();
    for (const timer of this.#settling.values()) clearTimeout(timer);
    this.#settling.clear();
    this.#setState(this.#freshSnapshot('idle'));
  }

  #subscribed(data: unknown): void {
    // One snapshot change for the status and the fresh member list together.
    const fresh = this.type === 'presence' ? this.#freshMembers(readPusherMembers(data)) : null;
    this.#setState({ status: 'subscribed', error: null, ...fresh?.patch });
    if (fresh) this.#afterFresh(fresh);
    if (!this.#subscribedBefore) {
      this.#subscribedBefore = true;
      return;
    }
    if (!this.#host.extensionHandles(this.name))
      this.resync({ channel: this.name, recovered: false, replayed: 0 });
  }

  #failed(error: ChannelError): void {
    this.#setState({ status: 'error', error });
    this.#emit('onError', error);
  }

  /** A fresh member list (socket.io's `presence:subscribed`). */
  #here(list: PresenceMember<unknown>[], me: PresenceMember<unknown> | null): void {
    const fresh = this.#freshMembers({ list, me });
    this.#setState(fresh.patch);
    this.#afterFresh(fresh);
  }

  /**
   * The snapshot patch for a fresh member list and, after a reconnect, its diff with the list held so far.
   * Members missing from it are kept for `presenceSettleMs`: after a server restart every client
   * resubscribes at its own pace, and they should not flash out and back in.
   */
  #freshMembers({ list, me }: { list: PresenceMember<unknown>[]; me: PresenceMember<unknown> | null }) {
    const first = this.#snapshot.members.length === 0 && !this.#subscribedBefore;
    const diff = first ? { joined: [], left: [] } : diffMembers(this.#snapshot.members, list);
    const settle = this.#host.presenceSettleMs > 0 ? diff.left : [];
    const members = sortMembers([...reuseMembers(this.#snapshot.members, list), ...settle]);
    const meMember = me ? (members.find((m) => m.id === me.id) ?? me) : null;
    return {
      patch: { members, me: meMember, count: members.length },
      joined: diff.joined,
      left: settle.length > 0 ? [] : diff.left,
      settle,
    };
  }

  #afterFresh(fresh: {
    joined: PresenceMember<unknown>[];
    left: PresenceMember<unknown>[];
    settle: PresenceMember<unknown>[];
  }): void {
    for (const member of fresh.left) this.#emit('onLeave', member);
    for (const member of fresh.joined) this.#emit('onJoin', member);
    for (const member of fresh.settle) {
      clearTimeout(this.#settling.get(member.id));
      this.#settling.set(
        member.id,
        setTimeout(() => this.#memberRemoved(member), this.#host.presenceSettleMs),
      );
    }
  }

  #memberAdded(raw: { id: unknown; info: unknown }): void {
    const id = String(raw.id);
    clearTimeout(this.#settling.get(id)); // a member kept through a reconnect came back: no leave, no join
    this.#settling.delete(id);
    const known = this.#snapshot.members.some((m) => m.id === id);
    const [member] = reuseMembers(this.#snapshot.members, [Object.freeze({ id, info: raw.info })]) as [
      PresenceMember<unknown>,
    ];
    const members = sortMembers([...this.#snapshot.members.filter((m) => m.id !== id), member]);
    this.#setState({ members, count: members.length });
    if (!known) this.#emit('onJoin', member);
  }

  #memberRemoved(raw: { id: unknown; info: unknown }): void {
    const id = String(raw.id);
    clearTimeout(this.#settling.get(id));
    this.#settling.delete(id);
    const member = this.#snapshot.members.find((m) => m.id === id);
    if (!member) return;
    const members = this.#snapshot.members.filter((m) => m.id !== id);
    this.#setState({ members, count: members.length });
    this.#emit('onLeave', member);
  }

  /** Calls one kind of lease callback on every consumer; one that throws does not stop the others. */
  #emit<K extends 'onJoin' | 'onLeave' | 'onResync' | 'onError'>(
    kind: K,
    value: Parameters<NonNullable<AnyListeners[K]>>[0],
  ): void {
    for (const { listeners } of [...this.#leases]) {
      const callback = listeners[kind] as ((value: unknown) => void) | undefined;
      guardedCall(() => callback?.(value));
    }
  }

  #freshSnapshot(status: ChannelStatus): PresenceSnapshot<unknown> {
    const base: ChannelSnapshot = { name: this.name, type: this.type, status, error: null };
    return Object.freeze(
      this.type === 'presence' ? { ...base, members: Object.freeze([]), me: null, count: 0 } : base,
    ) as PresenceSnapshot<unknown>;
  }

  #setState(patch: Partial<PresenceSnapshot<unknown>>): void {
    const prev = this.#snapshot as unknown as Record<string, unknown>;
    const entries = Object.entries(patch).filter(([key, value]) => !sameValue(prev[key], value));
    if (entries.length === 0) return;
    const next = { ...prev, ...Object.fromEntries(entries) };
    if (Array.isArray(next.members)) Object.freeze(next.members);
    this.#snapshot = Object.freeze(next) as unknown as PresenceSnapshot<unknown>;
    // State changes mostly run inside pusher-js's dispatch: a throwing store listener must not break it.
    guardedCall(() => this.notify());
  }
}
