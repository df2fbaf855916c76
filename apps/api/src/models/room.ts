import type { Db } from '../db/connection.js';

/** A chat room, with whether the asking user belongs to it. */
export interface Room {
  id: number;
  slug: string;
  name: string;
  description: string;
  /** The asking user may read, post and join presence. */
  is_member: boolean;
  member_count: number;
}

/** All rooms, marked with `userId`'s membership. */
export function listRooms(db: Db, userId: number): Room[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.slug, r.name, r.description,
              EXISTS (SELECT 1 FROM room_user m WHERE m.room_id = r.id AND m.user_id = ?) AS is_member,
              (SELECT COUNT(*) FROM room_user m WHERE m.room_id = r.id) AS member_count
       FROM rooms r ORDER BY r.id`,
    )
    .all(userId) as Array<Omit<Room, 'is_member'> & { is_member: 0 | 1 }>;
  return rows.map((row) => ({ ...row, is_member: row.is_member === 1 }));
}

/** Whether the room exists. */
export function roomExists(db: Db, roomId: number): boolean {
  return db.prepare('SELECT 1 FROM rooms WHERE id = ?').get(roomId) !== undefined;
}

/** Whether `userId` belongs to `roomId` (false when either does not exist). */
export function isRoomMember(db: Db, roomId: number, userId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM room_user WHERE room_id = ? AND user_id = ?').get(roomId, userId) !== undefined
  );
}
