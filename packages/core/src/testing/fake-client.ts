import { EventFormatter } from 'laravel-echo';
import { createEchokit, type EchokitClient, type EchokitSettings } from '../client.js';
import { type FakeMember, FakePusher } from './fake-pusher.js';

/** Options of {@link createFakeEchokit}. */
export interface FakeEchokitOptions {
  /** Connect as soon as Echo is created. Default true; false leaves it `connecting` until `fake.connect()`. */
  autoConnect?: boolean;
  /**
   * Confirm subscriptions on the next microtask (after Echo bound its callbacks, as with a real server;
   * `await client.fake.flush()`). Default true; false leaves channels `pending` until `fake.subscribe()`.
   */
  autoSubscribe?: boolean;
  /** The signed-in user (`me` on presence channels). Default `{ id: 1, info: {} }`. */
  user?: FakeMember;
  /** Echo's event namespace. Default `'App.Events'`. */
  namespace?: string | false;
  /**
   * Client settings; `graceMs` defaults to 0 here (released channels leave on the next tick) and
   * `presenceSettleMs` to 0 (a reconnect's member diff is reported at once).
   */
  settings?: EchokitSettings;
}

/** A whisper the code under test sent. */
export interface SentWhisper {
  readonly channel: string;
  /** Without the `client-` prefix. */
  readonly event: string;
  readonly payload: unknown;
}

/** What a test drives the fake with. Channel names are full names (`private-orders.1`, `presence-chat`). */
export interface FakeControls {
  /** Completes a connection left `connecting` (with `autoConnect: false`), or reopens a closed one. */
  connect(): void;
  /** The socket drops: `reconnecting`, channels pending (presence members kept by Echokit). */
  drop(): void;
  /** The connection comes back: channels resubscribe (answered on the next microtask) and each emits one resync. */
  reconnect(): void;
  /** The server refuses the app (`failed`), with a Pusher code (default 4001) and message. */
  refuse(code?: number, message?: string): void;
  /**
   * Delivers a server event to a subscribed channel (like a server, nothing reaches a pending one); `event`
   * follows Echo's namespace rules (`'OrderShipped'`, `'.raw.name'`).
   */
  emit(channel: string, event: string, payload: unknown): void;
  /** Delivers a whisper from another member. */
  whisper(channel: string, event: string, payload: unknown, fromUserId?: string | number): void;
  /** A member joins a presence channel (or is present before you subscribe). */
  join(channel: string, member: FakeMember): void;
  /** A member leaves a presence channel. */
  leave(channel: string, userId: string | number): void;
  /** Makes subscriptions to `channel` fail as an auth endpoint would (default 403 "Forbidden"); fails a pending one now. */
  rejectAuth(channel: string, error?: { status?: number; message?: string }): void;
  /** Lets subscriptions to `channel` succeed again. */
  allowAuth(channel: string): void;
  /** Confirms a pending subscription now (with `autoSubscribe: false`, or before the microtask ran). */
  subscribe(channel: string): void;
  /** Resolves once pending subscription answers were delivered. */
  flush(): Promise<void>;
  /** Whispers sent by the code under test, in order. */
  readonly whispers: readonly SentWhisper[];
  /** Channels currently subscribed on the fake connection. */
  subscribedChannels(): string[];
}

/** A real Echokit client over a real laravel-echo, with an in-memory socket that the test drives. */
export type FakeEchokit = EchokitClient<'pusher'> & { readonly fake: FakeControls };

/**
 * Creates a fake client with the same public API as `createEchokit`, for testing components without a
 * server and without mocking laravel-echo.
 *
 * @example
 * const client = createFakeEchokit({ user: { id: 1, info: { name: 'Ada' } } });
 * const room = client.presence<{ name: string }>('chat');
 * room.acquire();
 * await client.fake.flush();
 * client.fake.join('presence-chat', { id: 2, info: { name: 'Grace' } });
 * room.getSnapshot().members.length; // 2
 * client.fake.emit('private-orders.1', 'OrderShipped', { order: { id: 7 } });
 */
export function createFakeEchokit(options: FakeEchokitOptions = {}): FakeEchokit {
  const pusher = new FakePusher({
    autoConnect: options.autoConnect ?? true,
    autoSubscribe: options.autoSubscribe ?? true,
    user: options.user ?? { id: 1, info: {} },
  });
  const namespace = options.namespace === undefined ? 'App.Events' : options.namespace;
  const client = createEchokit(
    { broadcaster: 'pusher', key: 'fake', client: pusher, namespace, withoutInterceptors: true },
    { graceMs: 0, presenceSettleMs: 0, ...options.settings },
  );
  const formatter = new EventFormatter(namespace);
  const channelOf = (name: string) => pusher.channels.channels[name];
  // Like a server, deliver only to channels whose subscription succeeded.
  const subscribedChannel = (name: string) => (channelOf(name)?.subscribed ? channelOf(name) : undefined);

  const fake: FakeControls = {
    connect() {
      if (pusher.connection.state === 'connecting') pusher.setState('connected');
      else pusher.connect();
    },
    drop() {
      // pusher-js first reports `connecting_in` (while still saying `connected`), then `connecting`.
      pusher.connection.emit('connecting_in', 1);
      pusher.setState('connecting');
    },
    reconnect() {
      pusher.setState('connected');
    },
    refuse(code = 4001, message = `App key fake not in this cluster`) {
      pusher.connection.emit('error', { type: 'PusherError', data: { code, message } });
      pusher.setState('disconnected');
    },
    emit(channel, event, payload) {
      subscribedChannel(channel)?.emit(formatter.format(event), payload);
    },
    whisper(channel, event, payload, fromUserId) {
      subscribedChannel(channel)?.emit(
        `client-${event}`,
        payload,
        fromUserId === undefined ? undefined : { user_id: String(fromUserId) },
      );
    },
    join(channel, member) {
      const id = String(member.id);
      const roster = pusher.roster(channel);
      const known = roster.has(id);
      roster.set(id, member.info ?? {});
      const live = channelOf(channel);
      if (!live?.subscribed) return;
      live.members.members[id] = member.info ?? {};
      live.members.count = roster.size;
      if (!known) live.emit('pusher:member_added', { id, info: member.info ?? {} });
    },
    leave(channel, userId) {
      const id = String(userId);
      const roster = pusher.roster(channel);
      const info = roster.get(id);
      if (!roster.delete(id)) return;
      const live = channelOf(channel);
      if (!live?.subscribed) return;
      delete live.members.members[id];
      live.members.count = roster.size;
      live.emit('pusher:member_removed', { id, info });
    },
    rejectAuth(channel, error = {}) {
      const status = error.status ?? 403;
      pusher.authFailures.set(channel, {
        type: 'AuthError',
        error:
          error.message ??
          `Unable to retrieve auth string from channel-authorization endpoint - received status: ${status} from /broadcasting/auth. Clients must be authorized to join private or presence channels.`,
        status,
      });
      const live = channelOf(channel);
      if (live?.subscriptionPending) pusher.completeSubscription(live);
    },
    allowAuth(channel) {
      pusher.authFailures.delete(channel);
    },
    subscribe(channel) {
      const live = channelOf(channel);
      if (live) pusher.completeSubscription(live);
    },
    async flush() {
      // Subscription answers are single queued microtasks; a few turns deliver them and what they trigger.
      for (let turn = 0; turn < 5; turn++) await Promise.resolve();
    },
    get whispers() {
      return pusher.sent
        .filter((sent) => sent.event.startsWith('client-'))
        .map((sent) => ({
          channel: sent.channel,
          event: sent.event.slice('client-'.length),
          payload: sent.data,
        }));
    },
    subscribedChannels() {
      return Object.values(pusher.channels.channels)
        .filter((channel) => channel.subscribed)
        .map((channel) => channel.name);
    },
  };
  return Object.assign(client as EchokitClient<'pusher'>, { fake });
}
