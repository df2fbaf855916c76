import { Hono } from 'hono';
import { z } from 'zod';
import { NotificationTypes, sendNotification } from '../actions/send-notification.js';
import { currentUser, requireUser } from '../auth/session-middleware.js';
import type { AppEnv } from '../http/app-env.js';
import { parseInput, readBody } from '../http/request-input.js';
import {
  countUnread,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../models/notification.js';
import { findUser, publicProfile } from '../models/user.js';

const listQuery = z.object({
  unread: z.enum(['0', '1', 'true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const nudgeInput = z.object({
  userId: z.coerce.number().int().positive(),
  message: z.string().trim().max(200, 'must be at most 200 characters').optional(),
});

/** The signed-in user's notifications: list, unread count, mark read, and the demo's two senders. */
export function notificationRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/api/notifications', requireUser());
  routes.use('/api/notifications/*', requireUser());

  routes.get('/api/notifications', (c) => {
    const query = parseInput(listQuery, c.req.query());
    const userId = currentUser(c).id;
    const unreadOnly = query.unread === '1' || query.unread === 'true';
    const { db } = c.var.deps;
    return c.json({
      data: listNotifications(db, userId, { unreadOnly, limit: query.limit }),
      meta: { unread_count: countUnread(db, userId) },
    });
  });

  routes.get('/api/notifications/unread-count', (c) =>
    c.json({ data: { count: countUnread(c.var.deps.db, currentUser(c).id) } }),
  );

  routes.post('/api/notifications/read-all', (c) =>
    c.json({ data: { updated: markAllNotificationsRead(c.var.deps.db, currentUser(c).id) } }),
  );

  routes.post('/api/notifications/:id/read', (c) => {
    const notification = markNotificationRead(c.var.deps.db, currentUser(c).id, c.req.param('id'));
    if (!notification) return c.json({ error: 'No such notification.' }, 404);
    return c.json({ data: notification });
  });

  routes.post('/api/notifications/test', async (c) => {
    const user = currentUser(c);
    const time = new Date().toISOString().slice(11, 19);
    const notification = await sendNotification(c.var.deps, user.id, NotificationTypes.test, {
      title: 'Test notification',
      body: `You asked for this one at ${time} UTC.`,
    });
    return c.json({ data: notification }, 201);
  });

  routes.post('/api/notifications/nudge', async (c) => {
    const sender = currentUser(c);
    const input = parseInput(nudgeInput, await readBody(c));
    const recipient = findUser(c.var.deps.db, input.userId);
    if (!recipient) return c.json({ error: `userId: no user with id ${input.userId}` }, 422);
    const notification = await sendNotification(c.var.deps, recipient.id, NotificationTypes.nudge, {
      title: `${sender.name} nudged you`,
      body: input.message || `Hello from ${sender.name}!`,
      from: publicProfile(sender),
    });
    return c.json({ data: notification }, 201);
  });

  return routes;
}
