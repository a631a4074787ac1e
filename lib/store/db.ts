// The JobFit database: one `jobs` record per job, one `settings` record per key, and one `jobWords` record per job
// for the text search. Records are parsed with the zod `Job` schema on the way in and out (see jobs.ts); a DBCore
// middleware adds the flat index fields to every written job and writes its words with it, so
// that no write path can leave the indexes stale.
import Dexie, { type DBCore, type DBCoreTable, type EntityTable } from 'dexie';
import type { Job } from '../model';
import { normalizeCompany } from './dedupe';
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

/** Values IndexedDB can index, derived from a Job; `remoteScope` null is stored as 'none'. */
export interface JobIndexFields {
  visible: 0 | 1;
  scope: string;
  datePosted: string;
  postingIds: string[];
  companyKey: string;
}

/** Tolerates any shape: a corrupt record must still be writable and readable, to be reported rather than crash. */
export function indexFields(row: Partial<Job>): JobIndexFields {
  const sources = Array.isArray(row.sources) ? row.sources : [];
  return {
    visible: row.hidden === true ? 0 : 1,
    scope: typeof row.remoteScope === 'string' ? row.remoteScope : 'none',
    datePosted: typeof row.posting?.datePosted === 'string' ? row.posting.datePosted : '',
    postingIds: sources.map((source) => source?.postingId).filter((id): id is string => typeof id === 'string'),
    companyKey: normalizeCompany(typeof row.company === 'string' ? row.company : ''),
  };
}

function withJobIndexes(down: DBCore): DBCore {
  return {
    ...down,
    // Every write transaction over jobs also covers their words, whoever opened it.
    transaction(stores, mode, options) {
      const widened = mode === 'readwrite' && stores.includes('jobs') && !stores.includes('jobWords');
      return down.transaction(widened ? [...stores, 'jobWords'] : stores, mode, options);
    },
    table(name: string): DBCoreTable {
      const table = down.table(name);
      if (name !== 'jobs') return table;
      return {
        ...table,
        async mutate(request) {
          // Looked up here, not above: stacks are also built for the schema a database is upgraded from.
          const words = down.table('jobWords');
          if (request.type === 'delete' || request.type === 'deleteRange') {
            const [result] = await Promise.all([
              table.mutate(request),
              words.mutate(request.type === 'delete'
                ? { type: 'delete', trans: request.trans, keys: request.keys }
                : { type: 'deleteRange', trans: request.trans, range: request.range }),
            ]);
            return result;
          }
          const values = request.values.map((row: Partial<Job>) =>
            row && typeof row === 'object' ? { ...row, ...indexFields(row) } : row,
          );
          const wordRows = values.map(jobWordsRow);
          const keys = wordRows.flatMap((row) => (row ? [row.id] : []));
          // Words are rewritten only when they change: re-scoring or another sighting leaves them as they are, and
          // rewriting a row means replacing all of its index entries.
          const [result, storedRows] = await Promise.all([
            table.mutate({ ...request, values }),
            words.getMany({ trans: request.trans, keys }) as Promise<(JobWords | undefined)[]>,
          ]);
          const stored = new Map(keys.map((key, i) => [key, storedRows[i]?.words]));
          // Only rows that were written: a refused add must not replace the stored job's words.
          const changed = wordRows.filter((row, i): row is JobWords =>
            row !== null && !result.failures[i] && !sameWords(stored.get(row.id), row.words));
          if (changed.length > 0) await words.mutate({ type: 'put', trans: request.trans, values: changed });
          return result;
        },
      };
    },
  };
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

/** Runs a storage operation and turns whatever the browser throws into a StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
