import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/app-env.js';
import type { User } from '../models/user.js';
import { resolveSession, SESSION_COOKIE } from './sessions.js';

/** Reads the session cookie and puts the signed-in user (or `undefined`) on the context as `user`. */
export function loadSessionUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const { db, config } = c.var.deps;
    c.set('user', token ? resolveSession(db, token, config.sessionLifetimeMinutes) : undefined);
    await next();
  };
}

/** Answers 401 `{"error":"Unauthenticated."}` unless someone is signed in. */
export function requireUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.var.user) return c.json({ error: 'Unauthenticated.' }, 401);
    await next();
  };
}

/** The signed-in user, for handlers behind {@link requireUser}. */
export function currentUser(c: Context<AppEnv>): User {
  const user = c.var.user;
  if (!user) throw new Error('currentUser() used on a route without requireUser()');
  return user;
}
