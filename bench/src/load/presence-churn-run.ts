import { delay, now, pollUntil } from '../clock.js';
import { SampleList } from '../stats.js';
import type { ChurnResult, ChurnSpec } from './messages.js';
import { type ControlMessage, PusherSocket, type SocketEvents } from './pusher-socket.js';

interface Member {
  userId: string;
  socket: PusherSocket;
  inChannel: boolean;
  /** When its last subscribe/unsubscribe was sent, to time the observer's echo. */
  sentAt: number;
}

const OBSERVER_ID = 'observer';
const CONNECT_BATCH = 100;

/** Opens one socket and resolves with it once `connection_established` arrives. */
function connect(
  spec: ChurnSpec,
  handlers: Partial<Pick<SocketEvents, 'subscribed' | 'control'>>,
  errors: string[],
): Promise<PusherSocket> {
  return new Promise((resolve, reject) => {
    const socket = new PusherSocket(spec.url, spec.appKey, {
      established: () => resolve(socket),
      subscribed: handlers.subscribed ?? (() => {}),
      control: (message) => {
        if (message.event.endsWith('error') && errors.length < 5) errors.push(JSON.stringify(message));
        handlers.control?.(message);
      },
      delivery: () => {},
      ended: (reason) => reject(new Error(reason)),
    });
  });
}

function channelData(userId: string): string {
  return JSON.stringify({ user_id: userId, user_info: { name: `User ${userId}` } });
}

function pick<T>(items: T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

/**
 * Presence churn: `users` sockets take turns in one presence channel, `present` at a time; every tick one
 * joins and one leaves. An observer member times each `member_added`/`member_removed` from the moment
 * the join/leave was sent, and at the end its member list must equal the real one. The sockets stay open
 * (handed to `keep`) so that the members stay until the caller closes them.
 */
export async function runPresenceChurn(
  spec: ChurnSpec,
  keep: (socket: PusherSocket) => void,
): Promise<ChurnResult> {
  const errors: string[] = [];
  const joinLatency = new SampleList();
  const memberEventLatency = new SampleList();
  const members = new Map<string, Member>();
  const observed = new Set<string>();
  let unexpected = 0;

  const observer = await connect(
    spec,
    {
      subscribed: (_channel, data) => {
        const ids = (data as { presence?: { ids?: string[] } })?.presence?.ids ?? [];
        for (const id of ids) if (members.has(id)) observed.add(id);
      },
      control: (message: ControlMessage) => {
        const userId = String((message.data as { user_id?: unknown })?.user_id ?? '');
        const member = members.get(userId);
        // Members the churn does not drive (another client in the same channel) are not its business.
        if (!member) return;
        if (message.event === 'pusher_internal:member_added') {
          observed.add(userId);
          if (member.inChannel) memberEventLatency.push(now() - member.sentAt);
          else unexpected++;
        } else if (message.event === 'pusher_internal:member_removed') {
          observed.delete(userId);
          if (!member.inChannel) memberEventLatency.push(now() - member.sentAt);
          else unexpected++;
        }
      },
    },
    errors,
  );
  observer.subscribe(spec.channel, spec, channelData(OBSERVER_ID));

  keep(observer);
  const connectUser = async (userId: string) => {
    const socket = await connect(
      spec,
      {
        subscribed: () => {
          const member = members.get(userId);
          if (member?.inChannel) joinLatency.push(now() - member.sentAt);
        },
      },
      errors,
    );
    keep(socket);
    members.set(userId, { userId, socket, inChannel: false, sentAt: 0 });
  };
  // Connect in batches: quick, without a connection storm of its own.
  for (let first = 0; first < spec.users; first += CONNECT_BATCH) {
    const batch = Array.from(
      { length: Math.min(CONNECT_BATCH, spec.users - first) },
      (_, k) => `u${first + k}`,
    );
    await Promise.all(batch.map(connectUser));
  }
  const all = [...members.values()];
  const join = (member: Member) => {
    member.inChannel = true;
    member.sentAt = now();
    member.socket.subscribe(spec.channel, spec, channelData(member.userId));
  };
  const leave = (member: Member) => {
    member.inChannel = false;
    member.sentAt = now();
    member.socket.unsubscribe(spec.channel);
  };

  for (const member of all.slice(0, spec.present)) join(member);
  await pollUntil(() => observed.size >= spec.present, 10_000);
  joinLatency.clear();
  memberEventLatency.clear();

  const interval = 1000 / spec.pairsPerSecond;
  const start = Date.now();
  let pairs = 0;
  while (Date.now() - start < spec.durationMs) {
    const outside = pick(all.filter((m) => !m.inChannel));
    const inside = pick(all.filter((m) => m.inChannel));
    // Leave first: joining first would put one member over the presence limit for a moment.
    if (inside) leave(inside);
    if (outside) join(outside);
    pairs++;
    await delay(Math.max(0, start + pairs * interval - Date.now()));
  }

  const expected = () => all.filter((m) => m.inChannel).map((m) => m.userId);
  const matches = () => {
    const want = expected();
    return want.length === observed.size && want.every((id) => observed.has(id));
  };
  const finalListMatches = await pollUntil(matches, 5000);
  const joinSummary = joinLatency.summary();
  const eventSummary = memberEventLatency.summary();
  return {
    pairs,
    joinLatency: joinSummary,
    memberEventLatency: eventSummary,
    missedMemberEvents: Math.max(0, pairs * 2 - eventSummary.samples),
    unexpectedMemberEvents: unexpected,
    finalListMatches,
    errors,
  };
}
