// Jobs counted per facet (visible, verdict, status, board, remote scope), kept up to date by every write (see db.ts).
// IndexedDB counts by walking its entries: at 50,000 jobs on disk, counting the visible jobs takes most of a second,
// while summing these counters for any combination of filters costs one read of one row.
import type { EntityTable } from 'dexie';
import type { Job } from '../model';
import { indexFields, SORT_FIELDS, type JobIndexFields, type SortField } from './index-fields';

export interface Facet {
  visible: 0 | 1;
  verdict: string;
  status: string;
  board: string;
  /** A job's remoteScope, 'none' when it is not remote (as in the `scope` index). */
  scope: string;
}

/**
 * The counters, how many stored jobs have each facet, all in one row (schema v4): one read for any total, where a
 * row per facet (1,327 at 50,000 jobs) took 23-47 ms to read in Chromium.
 */
export interface FacetTotals {
  id: string;
  counts: Record<string, number>;
}

export const FACET_TOTALS_ID = 'facets';

/**
 * A job's row in the jobFacets table: the facet it was last counted under, as a counter key and (from schema v4) as
 * fields beside the job's sort values, so that a later write or delete knows which counter to take it from and which
 * order keys to replace (facet-order.ts). A sort value that is neither a number nor a string (a corrupt job) is left
 * out, as it is from the jobs' own [sort field + id] indexes.
 */
export interface JobFacet extends Partial<Facet>, Partial<Record<SortField, number | string>> {
  id: string;
  facet: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The facet of a job row; tolerates any shape, as a corrupt record is stored and counted too. */
export function facetOf(row: Partial<Job>, { visible, scope }: JobIndexFields = indexFields(row)): Facet {
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
  const fields = indexFields(row);
  const facet = facetOf(row, fields);
  const { datePosted } = fields;
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

/** The counters row after `changes`; a facet whose count falls to zero leaves it. */
export function withChanges(stored: FacetTotals | undefined, changes: Map<string, number>): FacetTotals {
  const counts = { ...countsOf(stored) };
  for (const [facet, change] of changes) {
    const count = (counts[facet] ?? 0) + change;
    if (count > 0) counts[facet] = count;
    else delete counts[facet];
  }
  return { id: FACET_TOTALS_ID, counts };
}

/** The counters of a stored row; none in a row that is missing or not a counters row. */
function countsOf(row: unknown): Record<string, number> {
  const counts = row && typeof row === 'object' ? (row as Partial<FacetTotals>).counts : undefined;
  return counts && typeof counts === 'object' ? counts : {};
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

/** The counters of a stored row, each facet parsed once (a query sums them under two filters, the status chips under eight). */
function parsedCounts(row: FacetTotals | undefined): { facet: Facet; count: number }[] {
  return Object.entries(countsOf(row)).flatMap(([facet, count]) => (typeof count === 'number' ? [{ facet: parseFacet(facet), count }] : []));
}

/** The stored counters, read and parsed. */
export async function readCounts(totals: EntityTable<FacetTotals, 'id'>): Promise<{ facet: Facet; count: number }[]> {
  return parsedCounts(await totals.get(FACET_TOTALS_ID));
}

/** Stored jobs under a filter, from the counters. */
export function countWhere(counts: readonly { facet: Facet; count: number }[], filter: FacetFilter): number {
  let total = 0;
  for (const { facet, count } of counts) if (facetMatches(facet, filter)) total += count;
  return total;
}
