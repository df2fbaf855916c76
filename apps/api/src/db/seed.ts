import type { Db } from './connection.js';

/** The demo's people: sign in as any of them. Colours feed the avatars (initials on a coloured disc). */
export const SEED_USERS = [
  { id: 1, name: 'Ada Lovelace', email: 'ada@example.test', color: '#7c3aed' },
  { id: 2, name: 'Grace Hopper', email: 'grace@example.test', color: '#0891b2' },
  { id: 3, name: 'Linus Torvalds', email: 'linus@example.test', color: '#ea580c' },
  { id: 4, name: 'Margaret Hamilton', email: 'margaret@example.test', color: '#16a34a' },
] as const;

/** Rooms and who belongs to them: Margaret is not in #random, so the demo can show a 403. */
export const SEED_ROOMS = [
  { id: 1, slug: 'general', name: 'General', description: 'Everyone, everything', members: [1, 2, 3, 4] },
  { id: 2, slug: 'random', name: 'Random', description: 'Off-topic', members: [1, 2, 3] },
] as const;

const SEED_MESSAGES = [
  { room: 1, user: 1, body: 'Welcome to Echokit! Open this room in a second window as someone else.' },
  { room: 1, user: 2, body: 'Start typing and the other window shows it.' },
  {
    room: 1,
    user: 3,
    body: 'Go offline, send a few messages from the other side, come back: nothing missing.',
  },
  { room: 2, user: 2, body: 'Found a moth in the relay again.' },
] as const;

/**
 * Fills an empty database with the demo's users, rooms and first messages; does nothing once users exist.
 *
 * @returns whether it seeded.
 */
export function seed(db: Db, now: Date = new Date()): boolean {
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM users').get() as { count: number };
  if (count > 0) return false;
  const at = now.toISOString();
  const insertUser = db.prepare(
    'INSERT INTO users (id, name, email, color, created_at) VALUES (@id, @name, @email, @color, @at)',
  );
  const insertRoom = db.prepare(
    'INSERT INTO rooms (id, slug, name, description) VALUES (@id, @slug, @name, @description)',
  );
  const insertMember = db.prepare('INSERT INTO room_user (room_id, user_id) VALUES (?, ?)');
  const insertMessage = db.prepare(
    'INSERT INTO messages (room_id, user_id, body, created_at) VALUES (?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const user of SEED_USERS) insertUser.run({ ...user, at });
    for (const { members, ...room } of SEED_ROOMS) {
      insertRoom.run(room);
      for (const userId of members) insertMember.run(room.id, userId);
    }
    for (const message of SEED_MESSAGES) insertMessage.run(message.room, message.user, message.body, at);
  })();
  return true;
}
