// Every schema version of the JobFit database and its upgrade, in order. Adding a version means appending one entry
// here (never editing an old one: browsers out there hold databases at every version) and one fixture in
// tests/unit/store/fixtures/.
import type { Transaction } from 'dexie';
import { jobWordsRows } from './words';

/** Records read and written at a time by an upgrade: a large database is never held in memory at once. */
const UPGRADE_BATCH = 2_000;

export interface SchemaVersion {
  version: number;
  /** Dexie store specs; Dexie keeps the tables of earlier versions that a later one does not name. */
  stores: Record<string, string>;
  /** Brings the records written by the previous version up to this one; runs inside the version-change transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

// Flat index fields (visible, scope, datePosted, postingIds, companyKey) are derived from the Job on every write, see
// indexFields() in db.ts; IndexedDB cannot index booleans, nulls or paths inside arrays.
const V1_JOB_INDEXES = [
  'id', 'score', 'verdict', 'status', 'board', 'scope', 'companyKey', 'fingerprint', 'firstSeen', 'lastSeen', 'datePosted',
  'visible', '*postingIds', '[status+visible]',
];

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      jobs: V1_JOB_INDEXES.join(', '),
      settings: 'key',
    },
  },
  {
    // The text search's word index: one row of words per job (see words.ts), in a table of its own so that job
    // reads never carry it. The upgrade derives it from every stored job, a batch at a time; the jobs themselves are
    // not rewritten, and a corrupt one is indexed as far as it can be read and still reported by the reads.
    // The same version counts a filter's jobs without listing them: [verdict|board|scope + visible], as [status+visible].
    version: 2,
    stores: {
      jobs: [...V1_JOB_INDEXES, '[verdict+visible]', '[board+visible]', '[scope+visible]'].join(', '),
      jobWords: 'id, *words',
    },
    upgrade: async (tx) => {
      const jobs = tx.table('jobs');
      for (let after: unknown = null; ;) {
        const rows = await (after === null ? jobs.orderBy(':id') : jobs.where(':id').above(after)).limit(UPGRADE_BATCH).toArray();
        if (rows.length === 0) return;
        await tx.table('jobWords').bulkPut(jobWordsRows(rows));
        after = rows[rows.length - 1].id;
      }
    },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
