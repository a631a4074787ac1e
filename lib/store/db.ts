// The JobFit database: one `jobs` record per job, one `settings` record per key. Records are parsed with the zod
// `Job` schema on the way in and out (see jobs.ts); a DBCore middleware adds the flat index fields to every
// written job (index-fields.ts), so that no write path can leave the indexes stale.
import Dexie, { type DBCore, type DBCoreTable, type EntityTable } from 'dexie';
import type { Job } from '../model';
import { indexFields } from './index-fields';
import { SCHEMA_VERSIONS } from './migrations';

export interface Setting {
  key: string;
  value: unknown;
}

export class JobDb extends Dexie {
  jobs!: EntityTable<Job, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    this.use({ stack: 'dbcore', name: 'jobIndexFields', create: withJobIndexFields });
  }
}

export const DEFAULT_DB_NAME = 'jobfit';

export function openJobDb(name: string = DEFAULT_DB_NAME): JobDb {
  return new JobDb(name);
}

function withJobIndexFields(down: DBCore): DBCore {
  return {
    ...down,
    table(name: string): DBCoreTable {
      const table = down.table(name);
      if (name !== 'jobs') return table;
      return {
        ...table,
        mutate(request) {
          if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
          const values = request.values.map((row: Partial<Job>) =>
            row && typeof row === 'object' ? { ...row, ...indexFields(row) } : row,
          );
          return table.mutate({ ...request, values });
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
