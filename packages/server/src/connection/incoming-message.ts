import { isUtf8 } from 'node:buffer';
import {
  CLIENT_EVENT_PREFIX,
  PusherEvent,
  type PusherFrame,
  type SigninData,
  type SubscribeData,
} from '@echokit/protocol';
import type { RawData } from 'ws';
import { parseJsonObject } from '../users/user-data.js';

/** A client frame the server understands, or why it was refused. */
export type IncomingMessage =
  | { kind: 'ping' }
  | { kind: 'pong' }
  | { kind: 'subscribe'; data: SubscribeData }
  | { kind: 'unsubscribe'; channel: string }
  | { kind: 'signin'; data: SigninData }
  | { kind: 'client-event'; frame: PusherFrame }
  | { kind: 'invalid'; reason: string };

const invalid = (reason: string): IncomingMessage => ({ kind: 'invalid', reason });

/**
 * Decodes and checks one WebSocket frame: text, at most `maxBytes`, a JSON object with a string `event`,
 * and the fields each event needs. System events may carry `data` as an object or as a JSON string.
 */
export function parseIncoming(raw: RawData, isBinary: boolean, maxBytes: number): IncomingMessage {
  if (isBinary) return invalid('Binary frames are not supported; send JSON text frames');
  const buffer = Buffer.isBuffer(raw) ? raw : Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw);
  if (buffer.length > maxBytes) {
    return invalid(`Message of ${buffer.length} bytes is over the limit of ${maxBytes} bytes`);
  }
  // `ws` leaves UTF-8 checks to us (skipUTF8Validation) so bad bytes get an error, not a 1007 close.
  if (!isUtf8(buffer)) return invalid('Text frames must be valid UTF-8');
  let frame: unknown;
  try {
    frame = JSON.parse(buffer.toString());
  } catch {
    return invalid('Message is not valid JSON');
  }
  if (!isObject(frame) || typeof frame.event !== 'string') {
    return invalid('Message must be a JSON object with a string "event"');
  }
  const event = frame.event;
  if (event.startsWith(CLIENT_EVENT_PREFIX))
    return { kind: 'client-event', frame: frame as unknown as PusherFrame };

  switch (event) {
    case PusherEvent.Ping:
      return { kind: 'ping' };
    case PusherEvent.Pong:
      return { kind: 'pong' };
    case PusherEvent.Subscribe: {
      const data = objectData(frame.data);
      if (!data || typeof data.channel !== 'string') return invalid('pusher:subscribe needs data.channel');
      if (data.auth !== undefined && typeof data.auth !== 'string')
        return invalid('data.auth must be a string');
      if (data.channel_data !== undefined && typeof data.channel_data !== 'string') {
        return invalid('data.channel_data must be a JSON string');
      }
      return { kind: 'subscribe', data: data as unknown as SubscribeData };
    }
    case PusherEvent.Unsubscribe: {
      const data = objectData(frame.data);
      if (!data || typeof data.channel !== 'string') return invalid('pusher:unsubscribe needs data.channel');
      return { kind: 'unsubscribe', channel: data.channel };
    }
    case PusherEvent.Signin: {
      const data = objectData(frame.data);
      if (!data || typeof data.auth !== 'string' || typeof data.user_data !== 'string') {
        return invalid('pusher:signin needs data.auth and data.user_data strings');
      }
      return { kind: 'signin', data: { auth: data.auth, user_data: data.user_data } };
    }
    default:
      return invalid(`Unknown event "${event.slice(0, 100)}"`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectData(data: unknown): Record<string, unknown> | null {
  if (isObject(data)) return data;
  return typeof data === 'string' ? parseJsonObject(data) : null;
}
