// Every schema version of the JobFit database and its upgrade, in order. Adding a version means appending one entry
// here (never editing an old one: browsers out there hold databases at every version) and one fixture in
// tests/unit/store/fixtures/.
import type { Transaction } from 'dexie';

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
      // write, see indexFields() in db.ts; IndexedDB cannot index booleans, nulls or paths inside arrays.
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
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
