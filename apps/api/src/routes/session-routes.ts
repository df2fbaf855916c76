import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { currentUser, requireUser } from '../auth/session-middleware.js';
import { createSession, destroySession, SESSION_COOKIE } from '../auth/sessions.js';
import type { AppEnv } from '../http/app-env.js';
import { isFormRequest, parseInput, readBody } from '../http/request-input.js';
import { findUser, listUsers } from '../models/user.js';

const loginInput = z.object({
  userId: z.coerce.number().int().positive(),
  // HTML forms may say where to go next; only same-site paths.
  redirect: z
    .string()
    .regex(/^\/(?!\/)/, 'must be a path on this site')
    .optional(),
});

/** Sign-in by picking a seeded user, sign-out, who am I, and the user list the picker shows. */
export function sessionRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/api/users', (c) => c.json({ data: listUsers(c.var.deps.db) }));

  routes.post('/api/login', async (c) => {
    const { db, config } = c.var.deps;
    const input = parseInput(loginInput, await readBody(c));
    const user = findUser(db, input.userId);
    if (!user) return c.json({ error: `userId: no user with id ${input.userId}` }, 422);
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) destroySession(db, previous);
    const token = createSession(db, user.id, config.sessionLifetimeMinutes);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: config.sessionLifetimeMinutes * 60,
    });
    if (isFormRequest(c)) return c.redirect(input.redirect ?? '/', 303);
    return c.json({ data: user });
  });

  routes.post('/api/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) destroySession(c.var.deps.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    if (isFormRequest(c)) return c.redirect('/', 303);
    return c.body(null, 204);
  });

  routes.get('/api/me', requireUser(), (c) => c.json({ data: currentUser(c) }));

  return routes;
}
