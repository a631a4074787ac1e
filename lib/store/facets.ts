// Jobs counted per facet (visible, verdict, status, board, remote scope), kept up to date by every write (see db.ts).
// IndexedDB counts by walking its entries: at 50,000 jobs on disk, counting the visible jobs takes most of a second,
// while summing these counters for any combination of filters costs one read of a few hundred small rows.
import type { Job } from '../model';
import { indexFields, SORT_FIELDS, type SortField } from './index-fields';

export interface Facet {
  visible: 0 | 1;
  verdict: string;
  status: string;
  board: string;
  /** A job's remoteScope, 'none' when it is not remote (as in the `scope` index). */
  scope: string;
}

/** One counter: how many stored jobs have this facet. */
export interface FacetCount {
  facet: string;
  count: number;
}

/** The fields of a facet, each a filter of the list. */
export const FACET_FIELDS = ['visible', 'verdict', 'status', 'board', 'scope'] as const satisfies readonly (keyof Facet)[];

export type FacetField = (typeof FACET_FIELDS)[number];

/**
 * A job's row in the jobFacets table: the facet it was last counted under, so that a later write or delete knows
 * which counter to take it from, and (from schema v4) the same facet as fields beside the job's sort values, indexed
 * as [facet field + sort field + id] so that a filtered list is read in order from these small rows (facet-order.ts).
 * A sort value that is neither a number nor a string (a corrupt job) is left out, as it is from the jobs' own
 * [sort field + id] indexes.
 */
export interface JobFacet extends Partial<Facet>, Partial<Record<SortField, number | string>> {
  id: string;
  facet: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The facet of a job row; tolerates any shape, as a corrupt record is stored and counted too. */
export function facetOf(row: Partial<Job>): Facet {
  const { visible, scope } = indexFields(row);
  return { visible, verdict: text(row.verdict), status: text(row.status), board: text(row.board), scope };
}

function keyOf({ visible, verdict, status, board, scope }: Facet): string {
  return JSON.stringify([visible, verdict, status, board, scope]);
}

/** The counter key of a job row. */
export function facetKey(row: Partial<Job>): string {
  return keyOf(facetOf(row));
}

/** The jobFacets row of a job row that has an id. */
export function jobFacetOf(row: Partial<Job> & { id: string }): JobFacet {
  const facet = facetOf(row);
  const { datePosted } = indexFields(row);
  const sortValues: Partial<Record<SortField, unknown>> = { score: row.score, lastSeen: row.lastSeen, firstSeen: row.firstSeen, datePosted };
  const place: JobFacet = { id: row.id, facet: keyOf(facet), ...facet };
  for (const field of SORT_FIELDS) {
    const value = sortValues[field];
    if (typeof value === 'number' || typeof value === 'string') place[field] = value;
  }
  return place;
}

/** Whether two jobFacets rows index a job alike, so that the stored one need not be written again. */
export function sameJobFacet(stored: JobFacet | undefined, row: JobFacet): boolean {
  return stored !== undefined && stored.facet === row.facet && SORT_FIELDS.every((field) => stored[field] === row[field]);
}

export function parseFacet(key: string): Facet {
  const [visible, verdict, status, board, scope] = JSON.parse(key) as [0 | 1, string, string, string, string];
  return { visible, verdict, status, board, scope };
}

/** Adds `change` to the counter of `facet`; the changes of one write are summed before they are stored. */
export function addTo(changes: Map<string, number>, facet: string, change: number): void {
  changes.set(facet, (changes.get(facet) ?? 0) + change);
}

/** The counters after `changes`: rows to write, and the facets whose count fell to zero, to delete. */
export function appliedCounts(stored: readonly (FacetCount | undefined)[], changes: Map<string, number>): { put: FacetCount[]; emptied: string[] } {
  const put: FacetCount[] = [];
  const emptied: string[] = [];
  [...changes].forEach(([facet, change], i) => {
    if (change === 0) return;
    const count = (stored[i]?.count ?? 0) + change;
    if (count > 0) put.push({ facet, count });
    else emptied.push(facet);
  });
  return { put, emptied };
}

/** Which facets a query keeps: an absent or empty list does not filter. */
export interface FacetFilter {
  verdict?: readonly string[];
  status?: readonly string[];
  board?: readonly string[];
  scope?: readonly string[];
  includeHidden?: boolean;
}

export function facetMatches(facet: Facet, filter: FacetFilter): boolean {
  const keeps = (values: readonly string[] | undefined, value: string) => !values || values.length === 0 || values.includes(value);
  return (filter.includeHidden || facet.visible === 1) && keeps(filter.verdict, facet.verdict) && keeps(filter.status, facet.status) &&
    keeps(filter.board, facet.board) && keeps(filter.scope, facet.scope);
}

/** The counters read, each facet parsed once (a query sums them under two filters, the status chips under eight). */
export function parsedCounts(counts: readonly FacetCount[]): { facet: Facet; count: number }[] {
  return counts.map(({ facet, count }) => ({ facet: parseFacet(facet), count }));
}

/** Stored jobs under a filter, from the counters. */
export function countWhere(counts: readonly { facet: Facet; count: number }[], filter: FacetFilter): number {
  let total = 0;
  for (const { facet, count } of counts) if (facetMatches(facet, filter)) total += count;
  return total;
}
