import WebSocket from 'ws';
import { readStamp } from '../payload.js';
import { needsAuth, signChannel } from './channel-auth.js';

/** A Pusher protocol control message (`pusher:…`, `pusher_internal:…`). */
export interface ControlMessage {
  event: string;
  channel?: string;
  data?: unknown;
}

/** What one socket reports to its owner. */
export interface SocketEvents {
  established(socketId: string): void;
  subscribed(channel: string, data: unknown): void;
  /** Control messages other than the two above (member_added, errors, …). */
  control(message: ControlMessage): void;
  /** A benchmark event: its publish stamp (NaN if unreadable). */
  delivery(stamp: number): void;
  /** The socket failed or closed; `reason` says why. */
  ended(reason: string): void;
}

/** Credentials for signing private/presence subscriptions. */
export interface SigningApp {
  appKey: string;
  appSecret: string;
}

/** One raw-`ws` connection speaking Pusher protocol 7: just enough for load, no reconnects. */
export class PusherSocket {
  private readonly ws: WebSocket;
  socketId: string | undefined;

  constructor(
    baseUrl: string,
    appKey: string,
    private readonly events: SocketEvents,
  ) {
    const url = `${baseUrl.replace(/^http/, 'ws')}/app/${appKey}?protocol=7&client=echokit-bench&version=1.0`;
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.ws.on('message', (raw) => this.onFrame(raw.toString()));
    this.ws.on('error', (error) => events.ended(error.message));
    this.ws.on('close', (code, reason) => events.ended(`closed ${code} ${reason.toString()}`.trim()));
  }

  private onFrame(frame: string): void {
    const stamp = readStamp(frame);
    // Benchmark events carry a stamp; control messages never do, so only they pay for JSON.parse.
    if (!Number.isNaN(stamp)) {
      this.events.delivery(stamp);
      return;
    }
    const message = JSON.parse(frame) as ControlMessage;
    const data = typeof message.data === 'string' ? safeParse(message.data) : message.data;
    if (message.event === 'pusher:connection_established') {
      this.socketId = (data as { socket_id: string }).socket_id;
      this.events.established(this.socketId);
    } else if (message.event === 'pusher_internal:subscription_succeeded') {
      this.events.subscribed(message.channel ?? '', data);
    } else if (message.event === 'pusher:ping') {
      this.send({ event: 'pusher:pong', data: {} });
    } else {
      this.events.control({ ...message, data });
    }
  }

  private send(message: object): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(message));
  }

  /** Subscribes, signing the channel itself when it is private or presence. */
  subscribe(channel: string, app: SigningApp, channelData?: string): void {
    const auth = needsAuth(channel) ? signChannel(app, this.socketId ?? '', channel, channelData) : {};
    this.send({ event: 'pusher:subscribe', data: { channel, ...auth } });
  }

  unsubscribe(channel: string): void {
    this.send({ event: 'pusher:unsubscribe', data: { channel } });
  }

  close(): void {
    this.ws.removeAllListeners('close');
    this.ws.on('error', () => {});
    this.ws.terminate();
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
