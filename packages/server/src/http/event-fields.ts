import { channelKind, isValidChannelName, SERVER_TO_USER_PREFIX } from '@echokit/protocol';
import { z } from 'zod';
import type { AppConfig } from '../config/app-config.js';
import { badRequest, payloadTooLarge } from './errors.js';

/** Most channels one event may go to. */
export const MAX_CHANNELS_PER_EVENT = 100;

/** Longest event name the official SDKs allow. */
export const MAX_EVENT_NAME_LENGTH = 200;

/** A channel an event may be published to; `#server-to-user-<id>` too (the SDK's `sendToUser`), though `#` is reserved for clients. */
export const publishableChannel = z
  .string()
  .refine(
    (name) =>
      isValidChannelName(name) ||
      (name.startsWith(SERVER_TO_USER_PREFIX) && name.length > SERVER_TO_USER_PREFIX.length),
    { message: 'invalid channel name (allowed: A-Z a-z 0-9 _ - = @ , . ; and at most 164 characters)' },
  );

/** The fields every published event has, in `/events` and in each `/batch_events` item. */
export const eventFields = {
  name: z.string().min(1, 'name is required').max(MAX_EVENT_NAME_LENGTH),
  data: z.string({ error: 'data must be a string (JSON-encode objects first)' }),
  socket_id: z
    .string()
    .regex(/^\d+\.\d+$/, 'socket_id must look like 123.456')
    .optional(),
  info: z.string().optional(),
};

/** Refuses (413) an event whose `data` is larger than the app's `maxMessageBytes`. */
export function checkDataSize(app: AppConfig, data: string): void {
  const size = Buffer.byteLength(data);
  if (size > app.maxMessageBytes) {
    throw payloadTooLarge(`data is ${size} bytes; the limit is ${app.maxMessageBytes}`);
  }
}

/** Encrypted payloads are sealed per channel, so they cannot share one event across channels. */
export function checkEncryptedChannels(channels: readonly string[]): void {
  if (channels.length > 1 && channels.some((name) => channelKind(name) === 'encrypted')) {
    throw badRequest('an event to a private-encrypted- channel must name that channel only');
  }
}
