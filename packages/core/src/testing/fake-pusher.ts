// An in-memory stand-in for the pusher-js client, shaped exactly as laravel-echo's PusherConnector uses it,
// so the fake runs the real laravel-echo and the real Echokit code with no network.
import type { AnyCallback } from '../echo-shape.js';

/** A presence member as the fake holds it. */
export interface FakeMember {
  id: string | number;
  info?: unknown;
}

class Dispatcher {
  private readonly callbacks = new Map<string, AnyCallback[]>();
  private readonly globals: AnyCallback[] = [];

  bind(event: string, callback: AnyCallback): this {
    this.callbacks.set(event, [...(this.callbacks.get(event) ?? []), callback]);
    return this;
  }
  unbind(event?: string, callback?: AnyCallback): this {
    if (event === undefined) this.callbacks.clear();
    else if (!callback) this.callbacks.delete(event);
    else
      this.callbacks.set(
        event,
        (this.callbacks.get(event) ?? []).filter((cb) => cb !== callback),
      );
    return this;
  }
  bind_global(callback: AnyCallback): this {
    this.globals.push(callback);
    return this;
  }
  unbind_global(callback?: AnyCallback): this {
    const keep = callback ? this.globals.filter((cb) => cb !== callback) : [];
    this.globals.splice(0, this.globals.length, ...keep);
    return this;
  }
  emit(event: string, data?: unknown, metadata?: unknown): void {
    for (const callback of [...this.globals]) callback(event, data);
    for (const callback of [...(this.callbacks.get(event) ?? [])]) callback(data, metadata);
  }
}

/** The fake's channel: pusher-js's `Channel` surface. */
export class FakeChannel extends Dispatcher {
  subscribed = false;
  subscriptionPending = false;
  /** pusher-js's `Members` shape, for presence channels. */
  members: { members: Record<string, unknown>; me: { id: string; info: unknown } | null; count: number } = {
    members: {},
    me: null,
    count: 0,
  };

  constructor(
    readonly name: string,
    private readonly pusher: FakePusher,
  ) {
    super();
  }

  trigger(event: string, data: unknown): boolean {
    if (!this.subscribed) return false;
    this.pusher.sent.push({ channel: this.name, event, data });
    return true;
  }
}

/** The fake's connection: pusher-js's `ConnectionManager` surface. */
export class FakeConnection extends Dispatcher {
  state = 'initialized';
  socket_id: string | undefined = undefined;
}

/** Options of {@link FakePusher}. */
export interface FakePusherOptions {
  autoConnect: boolean;
  autoSubscribe: boolean;
  user: FakeMember;
}

/** The in-memory pusher-js client. */
export class FakePusher {
  readonly connection = new FakeConnection();
  readonly channels = { channels: {} as Record<string, FakeChannel> };
  /** Every client event sent (whispers), in order. */
  readonly sent: { channel: string; event: string; data: unknown }[] = [];
  /** Presence rosters by channel, kept while nobody is subscribed too. */
  readonly rosters = new Map<string, Map<string, unknown>>();
  /** Channels whose next subscription fails, with the error pusher-js would report. */
  readonly authFailures = new Map<string, { type: string; error: string; status: number }>();
  private socketCount = 0;

  constructor(readonly options: FakePusherOptions) {
    // pusher-js starts connecting as soon as it is constructed.
    this.connect();
  }

  setState(state: string): void {
    const previous = this.connection.state;
    if (previous === state) return;
    if (state === 'connected') this.connection.socket_id = `${++this.socketCount}.${1000 + this.socketCount}`;
    else this.connection.socket_id = undefined;
    this.connection.state = state;
    this.connection.emit('state_change', { previous, current: state });
    this.connection.emit(state, state === 'connected' ? { socket_id: this.connection.socket_id } : undefined);
    if (state === 'connected') {
      for (const channel of Object.values(this.channels.channels)) this.requestSubscription(channel);
    } else {
      for (const channel of Object.values(this.channels.channels)) this.dropSubscription(channel);
    }
  }

  connect(): void {
    if (this.connection.state === 'connected') return;
    this.setState('connecting');
    if (this.options.autoConnect) this.setState('connected');
  }

  disconnect(): void {
    this.setState('disconnected');
  }

  signin(): void {}

  subscribe(name: string): FakeChannel {
    let channel = this.channels.channels[name];
    if (!channel) {
      channel = new FakeChannel(name, this);
      this.channels.channels[name] = channel;
    }
    if (this.connection.state === 'connected') this.requestSubscription(channel);
    return channel;
  }

  unsubscribe(name: string): void {
    const channel = this.channels.channels[name];
    if (!channel) return;
    this.dropSubscription(channel);
    delete this.channels.channels[name];
  }

  /** Confirms (or fails) a pending subscription, as the server would. */
  completeSubscription(channel: FakeChannel): void {
    if (!channel.subscriptionPending || this.channels.channels[channel.name] !== channel) return;
    channel.subscriptionPending = false;
    const failure = this.authFailures.get(channel.name);
    if (failure) {
      channel.emit('pusher:subscription_error', failure);
      return;
    }
    channel.subscribed = true;
    if (channel.name.startsWith('presence-')) {
      const roster = this.roster(channel.name);
      const user = this.options.user;
      roster.set(String(user.id), user.info ?? {});
      channel.members = {
        members: Object.fromEntries(roster),
        me: { id: String(user.id), info: user.info ?? {} },
        count: roster.size,
      };
      channel.emit('pusher:subscription_succeeded', channel.members);
    } else {
      channel.emit('pusher:subscription_succeeded', {});
    }
  }

  roster(name: string): Map<string, unknown> {
    let roster = this.rosters.get(name);
    if (!roster) {
      roster = new Map();
      this.rosters.set(name, roster);
    }
    return roster;
  }

  private requestSubscription(channel: FakeChannel): void {
    if (channel.subscribed || channel.subscriptionPending) return;
    channel.subscriptionPending = true;
    // Like the real server, answer after the caller (Echo) has bound its callbacks.
    if (this.options.autoSubscribe) queueMicrotask(() => this.completeSubscription(channel));
  }

  private dropSubscription(channel: FakeChannel): void {
    channel.subscribed = false;
    channel.subscriptionPending = false;
    // pusher-js resets presence members when the connection drops.
    channel.members = { members: {}, me: null, count: 0 };
  }
}
