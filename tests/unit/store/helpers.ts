import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import type { DBCoreTable } from 'dexie';
import { openJobDb, type JobDb } from '../../../lib/store/db';

const opened: JobDb[] = [];

/** A new, empty database with a name no other test uses; closed and deleted after the test. */
export function freshDb(): JobDb {
  const db = openJobDb(`jobfit-test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 10, 1);

/** Changes what the browser's IndexedDB does for each table (Dexie's lowest layer): `wrap` gives the methods replaced. */
export function wrapTables(db: JobDb, name: string, wrap: (table: DBCoreTable) => Partial<DBCoreTable>): void {
  db.use({
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        return { ...table, ...wrap(table) };
      },
    }),
  });
}
