// The jobs of a filtered list in sort order, read from the jobFacets rows (schema v4): each job's facet fields beside
// its sort values, indexed [facet field + sort field + id]. The list is the merge of the ranges of one facet field's
// values (board = lever, board = ashby), each read backwards (best, newest first) a chunk at a time, the rows that
// the other filters drop dropped as they come. The field is the one whose ranges hold the fewest rows to read for
// the page, by the counters. A deep page costs the small rows above it in its ranges, instead of listing the keys of
// every job the filters keep and walking the jobs' sort index (at 50,000 jobs on Chromium's disk, 0.9 s for page 20).
import Dexie, { type EntityTable } from 'dexie';
import { FACET_FIELDS, facetMatches, type Facet, type FacetField, type FacetFilter, type JobFacet } from './facets';
import type { SortField } from './index-fields';

/** A place in a sorted list: the value of the sort field there and the job's id, which orders equal values. */
export interface JobCursor {
  value: number | string;
  id: string;
}

/** IndexedDB's order for the keys a sort field holds: numbers before strings, strings by UTF-16 code units. */
export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return (a as number | string) < (b as number | string) ? -1 : (a as number | string) > (b as number | string) ? 1 : 0;
}

/**
 * Rows to read in sort order for `missing` more that the filters keep, when they keep `share` of the rows read:
 * a quarter more than the share promises, and ten, so that one read nearly always suffices.
 */
export function rowsToRead(missing: number, share: number): number {
  return Math.ceil((missing * 1.25) / share) + 10;
}

type Counted = readonly { facet: Facet; count: number }[];

/** The values of `field` the filter keeps; null when it does not filter by that field. */
function keptValues(field: FacetField, filter: FacetFilter): readonly (string | number)[] | null {
  if (field === 'visible') return filter.includeHidden ? null : [1];
  const values = filter[field];
  return values && values.length > 0 ? values : null;
}

/** One value's range of a [facet field + sort field + id] index, read backwards a chunk at a time. */
class FacetRange {
  /** The rows read that the filter keeps, in list order. */
  readonly kept: JobFacet[] = [];
  /** The last row read, kept or not: every row not read yet comes after it. */
  last: JobFacet | null = null;
  done = false;
  /** Rows asked for by the latest read. */
  asked = 0;

  constructor(
    private readonly table: EntityTable<JobFacet, 'id'>,
    private readonly index: string,
    private readonly sort: SortField,
    private readonly value: string | number,
    private readonly filter: FacetFilter,
    private readonly after: JobCursor | undefined,
    /** Jobs in the range the filter keeps, and all jobs in it, by the counters. */
    readonly keeps: number,
    readonly holds: number,
  ) {}

  async read(count: number): Promise<void> {
    this.asked = count;
    const from = this.last ? { value: this.last[this.sort]!, id: this.last.id } : this.after;
    // A key is shorter than the index's when it bounds the whole range (a key may not hold one array twice).
    const upper = from ? [this.value, from.value, from.id] : [this.value, Dexie.maxKey];
    const rows = await this.table.where(this.index).between([this.value, Dexie.minKey], upper).reverse().limit(count).toArray();
    this.done = rows.length < count;
    if (rows.length > 0) this.last = rows[rows.length - 1];
    for (const row of rows) if (facetMatches(row as Facet, this.filter)) this.kept.push(row);
  }
}

export interface FacetOrderQuery {
  filter: FacetFilter;
  counts: Counted;
  /** Jobs the filter keeps, by the counters. */
  kept: number;
  sort: SortField;
  /** The list starts right after this place. */
  after?: JobCursor;
  /** How many of the list's first jobs to give. */
  count: number;
}

/** The ids of the first `count` jobs the filter keeps, in the order of `sort` (descending, ties by id descending). */
export async function facetOrderIds(table: EntityTable<JobFacet, 'id'>, query: FacetOrderQuery): Promise<string[]> {
  const { filter, counts, kept, sort, after, count } = query;
  if (count <= 0 || kept <= 0) return [];
  const sum = (keep: (facet: Facet) => boolean) => counts.reduce((total, { facet, count: n }) => total + (keep(facet) ? n : 0), 0);
  const rangesOf = (field: FacetField, values: readonly (string | number)[]) => values
    .map((value) => new FacetRange(
      table, `[${field}+${sort}+id]`, sort, value, filter, after,
      sum((facet) => facet[field] === value && facetMatches(facet, filter)), sum((facet) => facet[field] === value),
    ))
    .filter((range) => range.keeps > 0);
  const firstRead = (range: FacetRange) => rowsToRead((count * range.keeps) / kept, range.keeps / range.holds);
  const plans = FACET_FIELDS.flatMap((field) => {
    const values = keptValues(field, filter);
    return values ? [rangesOf(field, values)] : [];
  });
  // Hidden jobs included and nothing filtered: every job, from the ranges of both values of `visible`.
  if (plans.length === 0) plans.push(rangesOf('visible', [0, 1]));
  const rowsFor = (ranges: FacetRange[]) => ranges.reduce((total, range) => total + firstRead(range), 0);
  const ranges = plans.reduce((best, plan) => (rowsFor(plan) < rowsFor(best) ? plan : best));

  // Later in the list: by the sort value, then by the id, as IndexedDB orders the index read backwards.
  const follows = (a: JobFacet, b: JobFacet) => (compareKeys(b[sort], a[sort]) || compareKeys(b.id, a.id)) > 0;
  let reads = ranges.map((range) => ({ range, rows: firstRead(range) }));
  for (;;) {
    await Promise.all(reads.map(({ range, rows }) => range.read(rows)));
    const list = ranges.flatMap((range) => range.kept).sort((a, b) => (follows(a, b) ? 1 : follows(b, a) ? -1 : 0));
    const open = ranges.filter((range) => !range.done);
    // A row's place is settled once every range still open has read past it: nothing it holds can come before.
    const unsettled = list.findIndex((row) => open.some((range) => follows(row, range.last!)));
    const settled = unsettled === -1 ? list.length : unsettled;
    if (settled >= count || open.length === 0) return list.slice(0, count).map((row) => row.id);
    // More from each open range that has not read past the last row the page needs (or from all, when too few are
    // kept): the missing rows can only come from these, shared as they share the jobs kept. At least as many as the
    // range's previous read, so that a range holding far more of the page than its share takes few reads.
    const missing = count - settled;
    const behind = open.filter((range) => list.length < count || follows(list[count - 1], range.last!));
    const keptBehind = behind.reduce((total, range) => total + range.keeps, 0);
    reads = behind.map((range) => ({
      range, rows: Math.max(range.asked, rowsToRead((missing * range.keeps) / keptBehind, range.keeps / range.holds)),
    }));
  }
}
