// The JobFit database: one `jobs` record per job, one `settings` record per key, one `jobWords` record per job for
// the text search, each job's facet and sort values (`jobFacets`) and its place in every filtered list (`jobOrder`,
// see facet-order.ts), and the counters of jobs per facet (one `facetTotals` row, see facets.ts). Records are parsed
// with the zod `Job` schema on the way in and out (see jobs.ts); a DBCore middleware adds the flat index fields to
// every written job and writes its words and counts with it, so that no write path can leave them stale.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type EntityTable, type Table } from 'dexie';
import type { Job } from '../model';
import { addTo, FACET_TOTALS_ID, jobFacetOf, sameJobFacet, withChanges, type FacetTotals, type JobFacet } from './facets';
import { orderKeyChanges, orderKeys, type JobOrderTable, type OrderKey } from './facet-order';
import { indexFields } from './index-fields';
import { SCHEMA_VERSIONS } from './migrations';
import { jobWordsRow, sameWords, type JobWords } from './words';

export interface Setting {
  key: string;
  value: unknown;
}

export class JobDb extends Dexie {
  jobs!: EntityTable<Job, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  jobWords!: EntityTable<JobWords, 'id'>;
  jobFacets!: EntityTable<JobFacet, 'id'>;
  jobOrder!: JobOrderTable;
  facetTotals!: EntityTable<FacetTotals, 'id'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    this.use({ stack: 'dbcore', name: 'jobIndexes', create: withJobIndexes });
  }
}

export const DEFAULT_DB_NAME = 'jobfit';

export function openJobDb(name: string = DEFAULT_DB_NAME): JobDb {
  return new JobDb(name);
}

/** The tables every write of jobs also writes. */
const DERIVED_TABLES = ['jobWords', 'jobFacets', 'jobOrder', 'facetTotals'];

function withJobIndexes(down: DBCore): DBCore {
  return {
    ...down,
    // Every write transaction over jobs also covers their words and counts, whoever opened it.
    transaction(stores, mode, options) {
      const missing = mode === 'readwrite' && stores.includes('jobs') ? DERIVED_TABLES.filter((table) => !stores.includes(table)) : [];
      return down.transaction([...stores, ...missing], mode, options);
    },
    table(name: string): DBCoreTable {
      const table = down.table(name);
      if (name !== 'jobs') return table;
      return {
        ...table,
        async mutate(request) {
          // Looked up here, not above: stacks are also built for the schema a database is upgraded from.
          if (request.type === 'delete' || request.type === 'deleteRange') {
            const [result] = await Promise.all([deleteJobs(down, table, request), removeFacets(down, request)]);
            return result;
          }
          return writeJobs(down, table, request);
        },
      };
    },
  };
}

type DeleteRequest = Extract<DBCoreMutateRequest, { type: 'delete' | 'deleteRange' }>;
type WriteRequest = Extract<DBCoreMutateRequest, { type: 'add' | 'put' }>;

async function deleteJobs(down: DBCore, table: DBCoreTable, request: DeleteRequest): Promise<DBCoreMutateResponse> {
  const [result] = await Promise.all([
    table.mutate(request),
    down.table('jobWords').mutate(request.type === 'delete'
      ? { type: 'delete', trans: request.trans, keys: request.keys }
      : { type: 'deleteRange', trans: request.trans, range: request.range }),
  ]);
  return result;
}

/** Each deleted job's facet loses one from its counter; their facet rows go. */
async function removeFacets(down: DBCore, request: DeleteRequest): Promise<void> {
  const facets = down.table('jobFacets');
  const removed = request.type === 'delete'
    ? ((await facets.getMany({ trans: request.trans, keys: request.keys })) as (JobFacet | undefined)[])
    : ((await facets.query({ trans: request.trans, values: true, query: { index: facets.schema.primaryKey, range: request.range } })).result as JobFacet[]);
  const changes = new Map<string, number>();
  for (const row of removed) if (row) addTo(changes, row.facet, -1);
  const orderRemoved = removed.flatMap((row) => (row ? orderKeys(row) : []));
  await Promise.all([
    facets.mutate(request.type === 'delete'
      ? { type: 'delete', trans: request.trans, keys: request.keys }
      : { type: 'deleteRange', trans: request.trans, range: request.range }),
    orderRemoved.length > 0 && down.table('jobOrder').mutate({ type: 'delete', trans: request.trans, keys: orderRemoved }),
    recount(down, request.trans, changes),
  ]);
}

/** Writes jobs with their index fields, their words and facets where these changed, and the counters. */
async function writeJobs(down: DBCore, table: DBCoreTable, request: WriteRequest): Promise<DBCoreMutateResponse> {
  const words = down.table('jobWords');
  const facets = down.table('jobFacets');
  const values = request.values.map((row: Partial<Job>) =>
    row && typeof row === 'object' ? { ...row, ...indexFields(row) } : row,
  );
  const wordRows = values.map(jobWordsRow);
  const keys = wordRows.flatMap((row) => (row ? [row.id] : []));
  // Words are rewritten only when they change: re-scoring or another sighting leaves them as they are, and
  // rewriting a row means replacing all of its index entries.
  const [result, storedRows, storedFacets] = await Promise.all([
    table.mutate({ ...request, values }),
    words.getMany({ trans: request.trans, keys }) as Promise<(JobWords | undefined)[]>,
    facets.getMany({ trans: request.trans, keys }) as Promise<(JobFacet | undefined)[]>,
  ]);
  const stored = new Map(keys.map((key, i) => [key, storedRows[i]?.words]));
  const storedFacet = new Map(keys.map((key, i) => [key, storedFacets[i]]));
  const counted = new Map(storedFacet);
  const changedWords: JobWords[] = [];
  const changedFacets = new Map<string, JobFacet>();
  const counterChanges = new Map<string, number>();
  wordRows.forEach((row, i) => {
    // Only rows that were written: a refused add must not replace the stored job's words or counts.
    if (row === null || result.failures[i]) return;
    if (!sameWords(stored.get(row.id), row.words)) changedWords.push(row);
    const before = counted.get(row.id);
    const facet = jobFacetOf({ ...values[i], id: row.id });
    if (sameJobFacet(before, facet)) return;
    if (before?.facet !== facet.facet) {
      if (before !== undefined) addTo(counterChanges, before.facet, -1);
      addTo(counterChanges, facet.facet, 1);
    }
    counted.set(row.id, facet);
    changedFacets.set(row.id, facet);
  });
  // From each job's stored row to its last in this write (a job written twice in one write counts once).
  const order = [...changedFacets.values()].map((facet) => orderKeyChanges(storedFacet.get(facet.id), facet));
  const orderRemoved = order.flatMap(({ removed }) => removed);
  const orderAdded = order.flatMap(({ added }) => added);
  await Promise.all([
    changedWords.length > 0 && words.mutate({ type: 'put', trans: request.trans, values: changedWords }),
    changedFacets.size > 0 && facets.mutate({ type: 'put', trans: request.trans, values: [...changedFacets.values()] }),
    writeOrderKeys(down, request.trans, orderRemoved, orderAdded),
    recount(down, request.trans, counterChanges),
  ]);
  return result;
}

/** Deletes and writes order keys, asked at once: each key holds its job's id, and each job changes once, so no key is in both. */
async function writeOrderKeys(down: DBCore, trans: DBCoreMutateRequest['trans'], removed: OrderKey[], added: OrderKey[]): Promise<void> {
  const order = down.table('jobOrder');
  await Promise.all([
    removed.length > 0 && order.mutate({ type: 'delete', trans, keys: removed }),
    added.length > 0 && order.mutate({ type: 'put', trans, keys: added, values: added.map(() => 0) }),
  ]);
}

async function recount(down: DBCore, trans: DBCoreMutateRequest['trans'], changes: Map<string, number>): Promise<void> {
  if (changes.size === 0) return;
  const totals = down.table('facetTotals');
  const stored = (await totals.get({ trans, key: FACET_TOTALS_ID })) as FacetTotals | undefined;
  await totals.mutate({ type: 'put', trans, values: [withChanges(stored, changes)] });
}

export type StorageErrorKind = 'quota' | 'unavailable' | 'not-found' | 'failed';

/** What went wrong with local storage, in words the UI can show as they are. */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'QuotaExceeded']);
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError', 'UnknownError', 'VersionError',
  'InvalidAccessError', 'SecurityError',
]);

/** Dexie wraps the browser's error (a quota error surfaces as an AbortError whose `inner` is the cause). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (names.some((name) => QUOTA_NAMES.has(name))) {
    return new StorageError(
      'quota',
      'Storage is full: the browser refused to save more. Export a backup and delete old jobs to make room.',
      { cause: error },
    );
  }
  if (names.some((name) => UNAVAILABLE_NAMES.has(name))) {
    return new StorageError(
      'unavailable',
      `Local storage (IndexedDB) is unavailable: ${detail}. Private windows and some browser settings disable it.`,
      { cause: error },
    );
  }
  return new StorageError('failed', `Saving or reading jobs failed: ${detail}`, { cause: error });
}

/**
 * Reads in one read-only transaction, answered as soon as `read` has its answer: Dexie resolves a transaction only
 * once the database reports its commit, a round trip that changes nothing already read (10-35 ms of a 100 ms page at
 * 50,000 jobs). A failure before the answer still rejects; none can come after it, nothing being written.
 */
export function readTransaction<T>(db: Dexie, tables: Table[], read: () => Promise<T>): Promise<T> {
  return guarded(() => new Promise<T>((resolve, reject) => {
    db.transaction('r', tables, async () => resolve(await read())).catch(reject);
  }));
}

/** Runs a storage operation and turns whatever the browser throws into a StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
