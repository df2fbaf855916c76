import type { QueryParams } from '@echokit/protocol';
import { bodyMd5, constantTimeEqual, isValidHttpSignature } from '../auth/http-signature.js';
import type { AppConfig } from '../config/app-config.js';
import { unauthorized } from './errors.js';

/** How far `auth_timestamp` may be from the server's clock, in seconds (Pusher's window). */
export const AUTH_TIMESTAMP_WINDOW_SECONDS = 600;

/**
 * Checks a request's query signature: the app's key, `auth_version=1.0`, a timestamp within
 * ±600 s of `nowSeconds`, and `auth_signature` over method, path and query. Throws 401 otherwise.
 * The body is checked separately ({@link verifyBodyMd5}) so unsigned requests are refused before
 * their body is read.
 */
export function verifyQuerySignature(
  app: AppConfig,
  method: string,
  path: string,
  query: QueryParams,
  nowSeconds: number,
): void {
  for (const name of ['auth_key', 'auth_timestamp', 'auth_version', 'auth_signature'] as const) {
    if (!query[name]) throw unauthorized(`Missing ${name}`);
  }
  if (query.auth_key !== app.key) throw unauthorized('Unknown auth_key for this app');
  if (query.auth_version !== '1.0') throw unauthorized('Unsupported auth_version (expected 1.0)');
  const timestamp = Number(query.auth_timestamp);
  if (!Number.isInteger(timestamp)) throw unauthorized('auth_timestamp is not a number');
  if (Math.abs(nowSeconds - timestamp) > AUTH_TIMESTAMP_WINDOW_SECONDS) {
    throw unauthorized(
      `auth_timestamp is more than ${AUTH_TIMESTAMP_WINDOW_SECONDS} seconds from the server time (${Math.floor(nowSeconds)}); check the clock`,
    );
  }
  if (!isValidHttpSignature(app.secret, method, path, query)) throw unauthorized('Invalid auth_signature');
}

/** A request with a body must sign its MD5 as `body_md5`; throws 401 when it is missing or wrong. */
export function verifyBodyMd5(query: QueryParams, body: Buffer): void {
  if (body.length === 0) return;
  if (!query.body_md5) throw unauthorized('Missing body_md5');
  if (!constantTimeEqual(query.body_md5.toLowerCase(), bodyMd5(body))) {
    throw unauthorized('body_md5 does not match the body');
  }
}
