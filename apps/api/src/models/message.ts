import type { Db } from '../db/connection.js';
import { initialsOf, type PresenceUserInfo } from './user.js';

/** A chat message as the API returns and broadcasts it. */
export interface Message {
  id: number;
  room_id: number;
  body: string;
  /** What the sender's app called this message before it had an id (optimistic UI), or `null`. */
  client_id: string | null;
  created_at: string;
  user: PresenceUserInfo;
}

interface MessageRow {
  id: number;
  room_id: number;
  body: string;
  client_id: string | null;
  created_at: string;
  user_id: number;
  user_name: string;
  user_color: string;
}

const SELECT_MESSAGES = `
  SELECT m.id, m.room_id, m.body, m.client_id, m.created_at, u.id AS user_id, u.name AS user_name, u.color AS user_color
  FROM messages m JOIN users u ON u.id = m.user_id`;

function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    room_id: row.room_id,
    body: row.body,
    client_id: row.client_id,
    created_at: row.created_at,
    user: {
      id: row.user_id,
      name: row.user_name,
      initials: initialsOf(row.user_name),
      color: row.user_color,
    },
  };
}

/** Which messages to list. */
export interface MessageQuery {
  /** Only messages with a greater id (resync after a reconnect); otherwise the latest `limit`. */
  afterId?: number | undefined;
  limit: number;
}

/** A room's messages in ascending id order: the `limit` latest, or the first `limit` after `afterId`. */
export function listMessages(db: Db, roomId: number, query: MessageQuery): Message[] {
  if (query.afterId !== undefined) {
    const rows = db
      .prepare(`${SELECT_MESSAGES} WHERE m.room_id = ? AND m.id > ? ORDER BY m.id ASC LIMIT ?`)
      .all(roomId, query.afterId, query.limit) as MessageRow[];
    return rows.map(toMessage);
  }
  const rows = db
    .prepare(`${SELECT_MESSAGES} WHERE m.room_id = ? ORDER BY m.id DESC LIMIT ?`)
    .all(roomId, query.limit) as MessageRow[];
  return rows.reverse().map(toMessage);
}

/** A message to store. */
export interface NewMessage {
  roomId: number;
  userId: number;
  body: string;
  clientId?: string | undefined;
}

/** Stores a message and returns it as the API shows it. */
export function createMessage(db: Db, message: NewMessage, now = new Date()): Message {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO messages (room_id, user_id, body, client_id, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(message.roomId, message.userId, message.body, message.clientId ?? null, now.toISOString());
  const row = db.prepare(`${SELECT_MESSAGES} WHERE m.id = ?`).get(lastInsertRowid) as MessageRow;
  return toMessage(row);
}
