// Every schema version of the JobFit database and its upgrade, in order. Adding a version means appending one entry
// here (never editing an old one: browsers out there hold databases at every version) and one fixture in
// tests/unit/store/fixtures/.
import type { Transaction } from 'dexie';
import { indexFields } from './index-fields';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs; Dexie keeps the tables of earlier versions that a later one does not name. */
  stores: Record<string, string>;
  /** Rewrites records written by the previous version; runs inside the version-change transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Flat index fields (visible, scope, datePosted, postingIds, companyKey) are derived from the Job on every
      // write, see index-fields.ts; IndexedDB cannot index booleans, nulls or paths inside arrays.
      jobs: [
        'id',
        'score',
        'verdict',
        'status',
        'board',
        'scope',
        'companyKey',
        'fingerprint',
        'firstSeen',
        'lastSeen',
        'datePosted',
        'visible',
        '*postingIds',
        '[status+visible]',
      ].join(', '),
      settings: 'key',
    },
  },
  {
    // The text search's word index ('*words', see words.ts). The upgrade derives it for every stored record, like
    // every write does; nothing else in a record changes, and a corrupt record is indexed as far as it can be read and
    // stays to be reported by the reads, as before.
    version: 2,
    stores: {
      jobs: [
        'id',
        'score',
        'verdict',
        'status',
        'board',
        'scope',
        'companyKey',
        'fingerprint',
        'firstSeen',
        'lastSeen',
        'datePosted',
        'visible',
        '*postingIds',
        '[status+visible]',
        '*words',
      ].join(', '),
    },
    upgrade: async (tx) => {
      await tx.table('jobs').toCollection().modify((row: Record<string, unknown>) => {
        Object.assign(row, indexFields(row));
      });
    },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
