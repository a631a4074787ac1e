// The filter bar's state, shared by the popup and the dashboard, and its translation into a store query.
import type { JobStatus, RemoteScope, Verdict } from '../lib/model';
import type { JobQuery } from '../lib/store/jobs';

export type JobSort = NonNullable<JobQuery['sort']>;

export interface JobFilters {
  verdict: Verdict | 'all';
  status: JobStatus | 'all';
  board: string | 'all';
  remote: RemoteScope | 'none' | 'all';
  text: string;
  sort: JobSort;
  /** Also list hidden jobs and jobs of blocked companies. */
  hidden: boolean;
}

export const DEFAULT_FILTERS: JobFilters = {
  verdict: 'all',
  status: 'all',
  board: 'all',
  remote: 'all',
  text: '',
  sort: 'score',
  hidden: false,
};

export const SORT_LABEL: Record<JobSort, string> = {
  score: 'Best match',
  lastSeen: 'Last seen',
  firstSeen: 'First seen',
  datePosted: 'Date posted',
};

export const PAGE_SIZE = 50;

export function toJobQuery(filters: JobFilters, page = 0, pageSize = PAGE_SIZE): JobQuery {
  const text = filters.text.trim();
  return {
    verdict: filters.verdict === 'all' ? undefined : [filters.verdict],
    status: filters.status === 'all' ? undefined : [filters.status],
    board: filters.board === 'all' ? undefined : [filters.board],
    remoteScope: filters.remote === 'all' ? undefined : [filters.remote],
    text: text || undefined,
    sort: filters.sort,
    includeHidden: filters.hidden || undefined,
    offset: page * pageSize,
    limit: pageSize,
  };
}

export function isFiltered(filters: JobFilters): boolean {
  return (Object.keys(DEFAULT_FILTERS) as (keyof JobFilters)[]).some(
    (key) => key !== 'sort' && filters[key] !== DEFAULT_FILTERS[key],
  );
}
