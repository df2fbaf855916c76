import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection.js';

/** A stored notification, shaped like Laravel's `DatabaseNotification` as JSON. */
export interface StoredNotification {
  /** A UUID, shared with the broadcast copy (Laravel sends one notification id down both channels). */
  id: string;
  /** The notification class, e.g. `App\Notifications\TestNotification`. */
  type: string;
  data: Record<string, unknown>;
  read_at: string | null;
  created_at: string;
}

interface NotificationRow {
  id: string;
  type: string;
  data: string;
  read_at: string | null;
  created_at: string;
}

function toNotification(row: NotificationRow): StoredNotification {
  return { ...row, data: JSON.parse(row.data) as Record<string, unknown> };
}

/** A user's notifications, newest first (ties broken by insertion order). */
export function listNotifications(db: Db, userId: number, options: { unreadOnly: boolean; limit: number }) {
  const rows = db
    .prepare(
      `SELECT id, type, data, read_at, created_at FROM notifications
       WHERE notifiable_id = ? ${options.unreadOnly ? 'AND read_at IS NULL' : ''}
       ORDER BY created_at DESC, rowid DESC LIMIT ?`,
    )
    .all(userId, options.limit) as NotificationRow[];
  return rows.map(toNotification);
}

/** How many of a user's notifications are unread. */
export function countUnread(db: Db, userId: number): number {
  const row = db
    .prepare('SELECT COUNT(*) AS count FROM notifications WHERE notifiable_id = ? AND read_at IS NULL')
    .get(userId) as { count: number };
  return row.count;
}

/** Stores a notification for `userId` (Laravel's `database` channel). */
export function createNotification(
  db: Db,
  userId: number,
  type: string,
  data: Record<string, unknown>,
  now = new Date(),
): StoredNotification {
  const notification: StoredNotification = {
    id: randomUUID(),
    type,
    data,
    read_at: null,
    created_at: now.toISOString(),
  };
  db.prepare(
    'INSERT INTO notifications (id, type, notifiable_id, data, read_at, created_at) VALUES (?, ?, ?, ?, NULL, ?)',
  ).run(notification.id, type, userId, JSON.stringify(data), notification.created_at);
  return notification;
}

/**
 * Marks one of `userId`'s notifications read (keeps the first read time).
 *
 * @returns the notification, or `undefined` when it does not exist or belongs to someone else.
 */
export function markNotificationRead(
  db: Db,
  userId: number,
  id: string,
  now = new Date(),
): StoredNotification | undefined {
  db.prepare(
    'UPDATE notifications SET read_at = ? WHERE id = ? AND notifiable_id = ? AND read_at IS NULL',
  ).run(now.toISOString(), id, userId);
  const row = db
    .prepare(
      'SELECT id, type, data, read_at, created_at FROM notifications WHERE id = ? AND notifiable_id = ?',
    )
    .get(id, userId) as NotificationRow | undefined;
  return row && toNotification(row);
}

/** Marks all of `userId`'s unread notifications read; returns how many changed. */
export function markAllNotificationsRead(db: Db, userId: number, now = new Date()): number {
  return db
    .prepare('UPDATE notifications SET read_at = ? WHERE notifiable_id = ? AND read_at IS NULL')
    .run(now.toISOString(), userId).changes;
}
