import { type Db, openDatabase } from './connection.js';
import { migrate } from './migrations.js';
import { seed } from './seed.js';

/** Opens the database, runs pending migrations and seeds it when empty: what start-up needs. */
export function prepareDatabase(file: string): Db {
  const db = openDatabase(file);
  try {
    migrate(db);
    seed(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
