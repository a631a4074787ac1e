// The jobs of a filtered list in sort order, read from the jobOrder table (schema v4): for each job, order field and
// sort field, one key [order field, its value, sort field, sort value, id, ...the job's facet], and nothing else, so
// that a range is read keys only (IDBObjectStore.getAllKeys: 668 keys in 3-6 ms at 50,000 jobs in Chromium, where as
// many small rows through an index took 17-21 ms). The list is the merge of the ranges of one facet field's values
// (board = lever, board = ashby; all of its values for a field the filter leaves open), each read backwards (best,
// newest first) a chunk at a time, the keys whose facet the other filters drop dropped as they come. The field is the
// one whose ranges hold the fewest keys to read for the page, by the counters. A deep page costs the keys above it in its ranges, instead of listing the keys of every
// job the filters keep and walking the jobs' sort index (at 50,000 jobs on Chromium's disk, 0.9 s for page 20).
import Dexie, { type Table } from 'dexie';
import { facetMatches, type Facet, type FacetFilter, type JobFacet } from './facets';
import { SORT_FIELDS, type SortField } from './index-fields';

/**
 * The facet fields a list is read by. Every job has one value of each, so the ranges of all of a field's values hold
 * every job; `visible` has no keys of its own (4 fewer a job to write): it is checked on the keys' facet, few jobs
 * being hidden.
 */
const ORDER_FIELDS = ['verdict', 'status', 'board', 'scope'] as const satisfies readonly (keyof Facet)[];

type OrderField = (typeof ORDER_FIELDS)[number];

/** A job's place in the list of one order field's value, sorted by one field; its facet closes it, to filter by. */
export type OrderKey = [OrderField, string, SortField, number | string, string, 0 | 1, string, string, string, string];

/** The table of order keys: keys only, the value of each is a placeholder. */
export type JobOrderTable = Table<0, OrderKey>;

/** Every order key of a job's facets row; none for a row written before schema v4, which lacks the fields. */
export function orderKeys(row: JobFacet): OrderKey[] {
  const { id, visible, verdict, status, board, scope } = row;
  if (visible === undefined || verdict === undefined || status === undefined || board === undefined || scope === undefined) return [];
  const facet: Facet = { visible, verdict, status, board, scope };
  return ORDER_FIELDS.flatMap((field) => SORT_FIELDS.flatMap((sort) => {
    const value = row[sort];
    return value === undefined ? [] : [[field, facet[field], sort, value, id, visible, verdict, status, board, scope] satisfies OrderKey];
  }));
}

/** The order keys to delete and to write when a job's facets row changes from `before` to `after`. */
export function orderKeyChanges(before: JobFacet | undefined, after: JobFacet | undefined): { removed: OrderKey[]; added: OrderKey[] } {
  const [old, next] = [before ? orderKeys(before) : [], after ? orderKeys(after) : []];
  const [oldText, nextText] = [old.map((key) => JSON.stringify(key)), next.map((key) => JSON.stringify(key))];
  const [oldSet, nextSet] = [new Set(oldText), new Set(nextText)];
  return { removed: old.filter((_, i) => !nextSet.has(oldText[i])), added: next.filter((_, i) => !oldSet.has(nextText[i])) };
}

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

/** The values of `field` whose ranges hold the jobs the filter keeps: its own, or every value the counters know. */
function valuesToRead(field: OrderField, filter: FacetFilter, counts: Counted): readonly string[] {
  const values = filter[field];
  return values && values.length > 0 ? values : [...new Set(counts.map(({ facet }) => facet[field]))];
}

const facetOfKey = (key: OrderKey): Facet => ({ visible: key[5], verdict: key[6], status: key[7], board: key[8], scope: key[9] });

/** The order keys of one facet field's value and one sort field, read backwards a chunk at a time. */
class FacetRange {
  /** The keys read whose facet the filter keeps, in list order. */
  readonly kept: OrderKey[] = [];
  /** The last key read, kept or not: every key not read yet comes after it. */
  last: OrderKey | null = null;
  done = false;
  /** Keys asked for by the latest read. */
  asked = 0;

  constructor(
    private readonly table: JobOrderTable,
    private readonly field: OrderField,
    private readonly value: string,
    private readonly sort: SortField,
    private readonly filter: FacetFilter,
    private readonly after: JobCursor | undefined,
    /** Jobs in the range the filter keeps, and all jobs in it, by the counters. */
    readonly keeps: number,
    readonly holds: number,
  ) {}

  async read(count: number): Promise<void> {
    this.asked = count;
    const range = [this.field, this.value, this.sort];
    // A bound shorter than the keys: every key of the range starts with it, and a key may not hold one array twice.
    const upper = this.last ?? (this.after ? [...range, this.after.value, this.after.id] : [...range, Dexie.maxKey]);
    const keys = await this.table.where(':id').between([...range, Dexie.minKey], upper).reverse().limit(count).primaryKeys();
    this.done = keys.length < count;
    if (keys.length > 0) this.last = keys[keys.length - 1];
    for (const key of keys) if (facetMatches(facetOfKey(key), this.filter)) this.kept.push(key);
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
export async function facetOrderIds(table: JobOrderTable, query: FacetOrderQuery): Promise<string[]> {
  const { filter, counts, kept, sort, after, count } = query;
  if (count <= 0 || kept <= 0) return [];
  const sum = (keep: (facet: Facet) => boolean) => counts.reduce((total, { facet, count: n }) => total + (keep(facet) ? n : 0), 0);
  const rangesOf = (field: OrderField, values: readonly string[]) => values
    .map((value) => new FacetRange(
      table, field, value, sort, filter, after,
      sum((facet) => facet[field] === value && facetMatches(facet, filter)), sum((facet) => facet[field] === value),
    ))
    .filter((range) => range.keeps > 0);
  const firstRead = (range: FacetRange) => rowsToRead((count * range.keeps) / kept, range.keeps / range.holds);
  const plans = ORDER_FIELDS.map((field) => rangesOf(field, valuesToRead(field, filter, counts)));
  const keysFor = (ranges: FacetRange[]) => ranges.reduce((total, range) => total + firstRead(range), 0);
  const ranges = plans.reduce((best, plan) => (keysFor(plan) < keysFor(best) ? plan : best));

  // Later in the list: by the sort value, then by the id, as IndexedDB orders the keys read backwards.
  const follows = (a: OrderKey, b: OrderKey) => (compareKeys(b[3], a[3]) || compareKeys(b[4], a[4])) > 0;
  let reads = ranges.map((range) => ({ range, keys: firstRead(range) }));
  for (;;) {
    await Promise.all(reads.map(({ range, keys }) => range.read(keys)));
    const list = ranges.flatMap((range) => range.kept).sort((a, b) => (follows(a, b) ? 1 : follows(b, a) ? -1 : 0));
    const open = ranges.filter((range) => !range.done);
    // A key's place is settled once every range still open has read past it: nothing it holds can come before.
    const unsettled = list.findIndex((key) => open.some((range) => follows(key, range.last!)));
    const settled = unsettled === -1 ? list.length : unsettled;
    if (settled >= count || open.length === 0) return list.slice(0, count).map((key) => key[4]);
    // More from each open range that has not read past the last key the page needs (or from all, when too few are
    // kept): the missing keys can only come from these, shared as they share the jobs kept. At least as many as the
    // range's previous read, so that a range holding far more of the page than its share takes few reads.
    const missing = count - settled;
    const behind = open.filter((range) => list.length < count || follows(list[count - 1], range.last!));
    const keptBehind = behind.reduce((total, range) => total + range.keeps, 0);
    reads = behind.map((range) => ({
      range, keys: Math.max(range.asked, rowsToRead((missing * range.keeps) / keptBehind, range.keeps / range.holds)),
    }));
  }
}
