import type { Db } from '../db/connection.js';

/** A user as the API shows it (Laravel's `User` model serialised, plus avatar fields). */
export interface User {
  id: number;
  name: string;
  email: string;
  /** Two letters for the avatar. */
  initials: string;
  /** Avatar background, a CSS colour. */
  color: string;
}

interface UserRow {
  id: number;
  name: string;
  email: string;
  color: string;
}

/** Up to two capital letters for an avatar: `Ada Lovelace` → `AL`. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

function toUser(row: UserRow): User {
  return { id: row.id, name: row.name, email: row.email, color: row.color, initials: initialsOf(row.name) };
}

/** Every user, by id. */
export function listUsers(db: Db): User[] {
  const rows = db.prepare('SELECT id, name, email, color FROM users ORDER BY id').all() as UserRow[];
  return rows.map(toUser);
}

/** One user, or `undefined`. */
export function findUser(db: Db, id: number): User | undefined {
  const row = db.prepare('SELECT id, name, email, color FROM users WHERE id = ?').get(id) as
    | UserRow
    | undefined;
  return row && toUser(row);
}

/** What a presence channel shares about a member (`user_info`); no e-mail, others see it. */
export interface PresenceUserInfo {
  id: number;
  name: string;
  initials: string;
  color: string;
}

/** The public part of a user, for presence `user_info` and message authors. */
export function publicProfile(user: User): PresenceUserInfo {
  return { id: user.id, name: user.name, initials: user.initials, color: user.color };
}
