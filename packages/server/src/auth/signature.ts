import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';

/** Hex HMAC-SHA256 of `message` with the app secret, the signature Pusher uses everywhere. */
export function sign(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('hex');
}

/**
 * Checks an `auth` value of the form `<key>:<hex signature>` against `message`, in constant time
 * (so a client cannot learn the signature byte by byte from response times).
 */
export function verifyKeySignature(app: AppConfig, auth: unknown, message: string): boolean {
  if (typeof auth !== 'string') return false;
  const colon = auth.indexOf(':');
  if (colon < 0 || auth.slice(0, colon) !== app.key) return false;
  const given = Buffer.from(auth.slice(colon + 1), 'utf8');
  const expected = Buffer.from(sign(app.secret, message), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
