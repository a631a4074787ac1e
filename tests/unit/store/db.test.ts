import { describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import Dexie from 'dexie';
import { makeJob } from '../factories';
import { readTransaction } from '../../../lib/store/db';

describe('readTransaction', () => {
  it('answers as soon as its reads are done, before the database reports the commit', async () => {
    const db = freshDb();
    await db.jobs.put(makeJob());
    const events: string[] = [];
    let committed!: Promise<unknown>;
    const answer = readTransaction(db, [db.jobs], async () => {
      const transaction = Dexie.currentTransaction.idbtrans;
      committed = new Promise((resolve) => transaction.addEventListener('complete', resolve)).then(() => events.push('committed'));
      return db.jobs.toArray();
    });
    const rows = await answer.then((value) => {
      events.push('answered');
      return value;
    });
    await committed;
    expect(rows.map((row) => row.id)).toEqual([makeJob().id]);
    expect(events).toEqual(['answered', 'committed']);
  });

  it('rejects with a StorageError when a read fails', async () => {
    const db = freshDb();
    const failing = readTransaction(db, [db.jobs], async () => {
      await db.jobs.toArray();
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    await expect(failing).rejects.toMatchObject({ name: 'StorageError', kind: 'unavailable' });
  });
});
