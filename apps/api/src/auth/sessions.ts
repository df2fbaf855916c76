import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.js';
import { findUser, type User } from '../models/user.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'echokit_session';

// Only a hash is stored, so a copy of the database does not hand out live sessions.
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for `userId`; returns the random token that goes into the cookie. */
export function createSession(db: Db, userId: number, lifetimeMinutes: number, now = new Date()): string {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + lifetimeMinutes * 60_000);
  db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    hashToken(token),
    userId,
    now.toISOString(),
    expiresAt.toISOString(),
  );
  return token;
}

/**
 * The user behind a session token, or `undefined` when the token is unknown or expired. A valid session
 * is extended by `lifetimeMinutes` (Laravel's sliding `SESSION_LIFETIME`).
 */
export function resolveSession(
  db: Db,
  token: string,
  lifetimeMinutes: number,
  now = new Date(),
): User | undefined {
  const tokenHash = hashToken(token);
  const row = db.prepare('SELECT user_id, expires_at FROM sessions WHERE token_hash = ?').get(tokenHash) as
    | { user_id: number; expires_at: string }
    | undefined;
  if (!row) return undefined;
  if (row.expires_at <= now.toISOString()) {
    db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
    return undefined;
  }
  const expiresAt = new Date(now.getTime() + lifetimeMinutes * 60_000).toISOString();
  db.prepare('UPDATE sessions SET expires_at = ? WHERE token_hash = ?').run(expiresAt, tokenHash);
  return findUser(db, row.user_id);
}

/** Ends a session (sign-out); unknown tokens are ignored. */
export function destroySession(db: Db, token: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
}
