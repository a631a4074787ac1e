// The flat fields IndexedDB indexes a job by, derived from the Job on every write (see db.ts): IndexedDB cannot index
// booleans, nulls or paths inside arrays. A module of its own, imported by the schema and by the facets alike.
import type { Job } from '../model';
import { normalizeCompany } from './dedupe';

/** The fields a list can be sorted by (always descending); each is an index of the job rows and of their facets. */
export const SORT_FIELDS = ['score', 'lastSeen', 'firstSeen', 'datePosted'] as const;

export type SortField = (typeof SORT_FIELDS)[number];

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
