import { now } from '../clock.js';
import { SampleList } from '../stats.js';
import type { DeliveryStats, OpenResult, OpenSpec } from './messages.js';
import { PusherSocket, type SocketEvents } from './pusher-socket.js';
import { SocketIoSocket } from './socketio-socket.js';

const MAX_ERRORS = 5;

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** The generator's sockets and what they have received. */
export class SocketPool {
  private readonly sockets: Array<PusherSocket | SocketIoSocket> = [];
  private readonly latencies = new SampleList();
  private received = 0;
  private unstamped = 0;
  private firstAt: number | null = null;
  private lastAt: number | null = null;
  /** Sockets that closed after they were established (the server dropped them). */
  dropped = 0;

  private onDelivery(stamp: number): void {
    const at = now();
    this.received++;
    this.firstAt ??= at;
    this.lastAt = at;
    if (Number.isNaN(stamp)) this.unstamped++;
    else this.latencies.push(at - stamp);
  }

  /** Opens `spec.sockets` sockets (at most `spec.inFlight` connecting at once) and subscribes them. */
  open(spec: OpenSpec): Promise<OpenResult> {
    const start = now();
    const result: OpenResult = {
      established: 0,
      subscribed: 0,
      failed: 0,
      connectMs: 0,
      subscribeMs: null,
      errors: [],
    };
    const subscribing = spec.channels.mode !== 'none';
    const channelOf = (i: number) =>
      spec.channels.mode === 'own'
        ? `${spec.channels.name}-${i}`
        : spec.channels.mode === 'shared'
          ? spec.channels.name
          : '';
    let next = 0;
    let settled = 0;

    return new Promise((resolve) => {
      let finished = false;
      const finish = () => {
        finished = true;
        clearTimeout(timer);
        resolve(result);
      };
      const timer = setTimeout(() => {
        result.errors.push(`timed out after ${spec.timeoutMs} ms`);
        finish();
      }, spec.timeoutMs);
      const note = (error: string) => {
        if (result.errors.length < MAX_ERRORS) result.errors.push(error);
      };
      const settle = () => {
        if (++settled === spec.sockets) finish();
        else launch();
      };
      const launch = () => {
        // After a timeout no new sockets start: they would outlive this open and leak into the next run.
        if (finished || next >= spec.sockets) return;
        const i = next++;
        let established = false;
        let done = false;
        const events: SocketEvents = {
          established: () => {
            established = true;
            result.established++;
            result.connectMs = now() - start;
            if (!subscribing) {
              done = true;
              settle();
              return;
            }
            socket.subscribe(channelOf(i), spec);
          },
          subscribed: () => {
            result.subscribed++;
            result.subscribeMs = now() - start;
            if (!done) {
              done = true;
              settle();
            }
          },
          control: (message) => {
            if (message.event.endsWith('error')) note(`${message.event} ${JSON.stringify(message.data)}`);
            if (message.event === 'pusher:subscription_error' && !done) {
              done = true;
              result.failed++;
              settle();
            }
          },
          delivery: (stamp) => this.onDelivery(stamp),
          ended: (reason) => {
            if (established) this.dropped++;
            if (!done) {
              done = true;
              result.failed++;
              note(reason);
              settle();
            }
          },
        };
        const socket =
          spec.protocol === 'pusher'
            ? new PusherSocket(spec.url, spec.appKey, events)
            : new SocketIoSocket(spec.url, events);
        this.sockets.push(socket);
      };
      const initial = spec.inFlight > 0 ? Math.min(spec.inFlight, spec.sockets) : spec.sockets;
      if (spec.sockets === 0) finish();
      for (let k = 0; k < initial; k++) launch();
    });
  }

  /** Takes a socket opened elsewhere (presence churn) so that `closeAll` closes it too. */
  adopt(socket: PusherSocket): void {
    this.sockets.push(socket);
  }

  reset(): void {
    this.latencies.clear();
    this.received = 0;
    this.unstamped = 0;
    this.firstAt = null;
    this.lastAt = null;
  }

  stats(): DeliveryStats {
    return {
      received: this.received,
      unstamped: this.unstamped,
      latency: this.latencies.summary(),
      firstAt: this.firstAt,
      lastAt: this.lastAt,
      dropped: this.dropped,
      cpuSeconds: cpuSeconds(),
    };
  }

  closeAll(): void {
    for (const socket of this.sockets.splice(0)) socket.close();
    this.dropped = 0;
  }
}
