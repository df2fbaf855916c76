import { createHash, timingSafeEqual } from 'node:crypto';
import { httpSigningString, type QueryParams } from '@echokit/protocol';
import { sign } from './signature.js';

/**
 * The `auth_signature` of an HTTP API request: hex HMAC-SHA256 with the app secret over
 * `METHOD\nPATH\n<sorted query>` (see `httpSigningString` in @echokit/protocol).
 *
 * @example
 * httpRequestSignature('7ad3773142a6692b25b8', 'POST', '/apps/3/events', {
 *   auth_key: '278d425bdf160c739803', auth_timestamp: '1353088179', auth_version: '1.0',
 *   body_md5: 'ec365a775a4cd0599faeb73354201b6f',
 * }) // 'da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c'
 */
export function httpRequestSignature(
  secret: string,
  method: string,
  path: string,
  params: QueryParams,
): string {
  return sign(secret, httpSigningString(method, path, params));
}

/**
 * True when `params.auth_signature` is the request's signature. Compared in constant time, so the
 * time taken does not reveal how many leading characters were right.
 */
export function isValidHttpSignature(
  secret: string,
  method: string,
  path: string,
  params: QueryParams,
): boolean {
  const given = params.auth_signature;
  if (given === undefined) return false;
  return constantTimeEqual(given, httpRequestSignature(secret, method, path, params));
}

/** The hex MD5 of a request body, as `body_md5` carries it. */
export function bodyMd5(body: Buffer | string): string {
  return createHash('md5').update(body).digest('hex');
}

/** Compares two strings without an early exit (lengths are not secret: every valid signature has the same). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
