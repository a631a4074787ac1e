// Every schema version of the JobFit database and its upgrade, in order. Adding a version means appending one entry
// here (never editing an old one's stores: browsers out there hold databases at every version; an old upgrade may go
// only where a later one redoes all of its work) and one fixture in tests/unit/store/fixtures/.
import type { IndexableTypeArrayReadonly, Transaction } from 'dexie';
import { orderKeys } from './facet-order';
import { addTo, jobFacetOf, withChanges } from './facets';
import { SORT_FIELDS } from './index-fields';
import { jobWordsRows } from './words';

/** Records read and written at a time by an upgrade: a large database is never held in memory at once. */
const UPGRADE_BATCH = 2_000;

export interface SchemaVersion {
  version: number;
  /** Dexie store specs; Dexie keeps the tables of earlier versions that a later one does not name, and deletes a null one. */
  stores: Record<string, string | null>;
  /** Brings the records written by the previous version up to this one; runs inside the version-change transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Every stored job row, a batch at a time in id order, given to `each`. */
async function eachJobBatch(tx: Transaction, each: (rows: { id: string }[]) => Promise<void>): Promise<void> {
  const jobs = tx.table('jobs');
  for (let after: unknown = null; ;) {
    const rows = await (after === null ? jobs.orderBy(':id') : jobs.where(':id').above(after)).limit(UPGRADE_BATCH).toArray();
    if (rows.length === 0) return;
    await each(rows);
    after = rows[rows.length - 1].id;
  }
}

// Flat index fields (visible, scope, datePosted, postingIds, companyKey) are derived from the Job on every write, see
// indexFields() in index-fields.ts; IndexedDB cannot index booleans, nulls or paths inside arrays.
const V1_JOB_INDEXES = [
  'id', 'score', 'verdict', 'status', 'board', 'scope', 'companyKey', 'fingerprint', 'firstSeen', 'lastSeen', 'datePosted',
  'visible', '*postingIds', '[status+visible]',
];

const V2_JOB_INDEXES = [...V1_JOB_INDEXES, '[verdict+visible]', '[board+visible]', '[scope+visible]'];

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
      jobs: V2_JOB_INDEXES.join(', '),
      jobWords: 'id, *words',
    },
    upgrade: (tx) => eachJobBatch(tx, async (rows) => {
      await tx.table('jobWords').bulkPut(jobWordsRows(rows));
    }),
  },
  {
    // Counters of jobs per facet (facets.ts), a row per facet, so that a total or the status chips never count index
    // entries one by one, and each job's facet; and one [sort field + id] index per sort, so that a page can start
    // right after the last job of the previous one (a tie in the sort field is broken by the id, as IndexedDB orders
    // equal keys).
    // The [field+visible] indexes, which only counted, go: a job's write keeps the same number of index entries.
    version: 3,
    stores: {
      jobs: [...V1_JOB_INDEXES.filter((index) => !index.endsWith('+visible]')), ...SORT_FIELDS.map((field) => `[${field}+id]`)].join(', '),
      jobFacets: 'id',
      facetCounts: 'facet',
    },
    // Its upgrade (each job's facet and the counters, from the jobs) is version 4's, which writes both anew.
  },
  {
    // Each job's facet as fields beside its sort values, in the jobFacets row it already had, and its place in every
    // filtered list as order keys (jobOrder, keys only): a deep page of a filter is merged from a few ranges of keys,
    // instead of listing the keys of every job the filters keep and walking the jobs' sort index (facet-order.ts).
    // The counters move to one row (facetTotals), read at once for any total.
    version: 4,
    stores: {
      jobOrder: '',
      facetCounts: null,
      facetTotals: 'id',
    },
    upgrade: async (tx) => {
      const counts = new Map<string, number>();
      await eachJobBatch(tx, async (rows) => {
        const facets = rows.map(jobFacetOf);
        for (const { facet } of facets) addTo(counts, facet, 1);
        const keys = facets.flatMap(orderKeys);
        await Promise.all([tx.table('jobFacets').bulkPut(facets), tx.table('jobOrder').bulkPut(keys.map(() => 0), keys as unknown as IndexableTypeArrayReadonly)]);
      });
      await tx.table('facetTotals').put(withChanges(undefined, counts));
    },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
