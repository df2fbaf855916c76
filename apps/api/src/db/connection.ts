import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** An open better-sqlite3 database. */
export type Db = Database.Database;

/**
 * Opens (creating its folder if needed) the SQLite database at `file`, or an in-memory one for `:memory:`.
 *
 * @example
 * const db = openDatabase(':memory:');
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets the dashboard's reads run beside message writes; foreign keys are off by default in SQLite.
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return db;
}
