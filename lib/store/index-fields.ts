// The flat fields IndexedDB indexes, derived from a Job on every write (db.ts) and by the upgrades that add one
// (migrations.ts); IndexedDB cannot index booleans, nulls or paths inside arrays.
import type { Job } from '../model';
import { normalizeCompany } from './dedupe';
import { jobWords } from './words';

/** Values IndexedDB can index, derived from a Job; `remoteScope` null is stored as 'none'. */
export interface JobIndexFields {
  visible: 0 | 1;
  scope: string;
  datePosted: string;
  postingIds: string[];
  companyKey: string;
  /** The text search's index: see words.ts. */
  words: string[];
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
    words: jobWords(row),
  };
}
