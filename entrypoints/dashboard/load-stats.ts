// The dashboard's chart numbers, counted without reading a record: the totals per status, remote scope and board are
// sums of the store's counters per facet (lib/store/facets.ts); score bins, weeks and the median are sets of primary
// keys under one index value or range (IDBIndex.getAllKeys), intersected with the jobs in view. Quick with thousands
// of jobs, so the charts can follow every write. A text search must read the records.
import { addDays, jobStats, recentWeekStarts, type JobStats } from '../../components/charts/stats';
import { toJobQuery, type JobFilters } from '../../components/filters';
import { JOB_STATUSES, REMOTE_SCOPES, VERDICTS, type JobStatus, type RemoteScope, type Verdict } from '../../lib/model';
import type { JobDb } from '../../lib/store/db';
import { countWhere, readCounts, type FacetFilter } from '../../lib/store/facets';
import { queryJobs } from '../../lib/store/jobs';

type Key = string;
type KeyRange = { equals: string | number } | { from: number; below: number };

export async function loadJobStats(db: JobDb, filters: JobFilters, { weeks = 12, now = Date.now() } = {}): Promise<JobStats> {
  const query = toJobQuery(filters, 0, Number.MAX_SAFE_INTEGER);
  if (query.text) return jobStats((await queryJobs(db, query)).jobs, { weeks, now });

  return db.transaction('r', db.jobs, db.facetTotals, async () => {
    const keys = async (index: string, range: KeyRange): Promise<Key[]> => {
      const where = db.jobs.where(index);
      const collection = 'equals' in range ? where.equals(range.equals) : where.between(range.from, range.below, true, false);
      return (await collection.primaryKeys()) as Key[];
    };
    // equals() is answered by one getAllKeys call; anyOf() walks a cursor entry by entry, ten times slower here.
    const anyOf = async (index: string, values: readonly (string | number)[]) =>
      new Set((await Promise.all(values.map((value) => keys(index, { equals: value })))).flat());

    const filterSets = await Promise.all([
      query.includeHidden ? new Set((await db.jobs.toCollection().primaryKeys()) as Key[]) : anyOf('visible', [1]),
      ...[
        ['verdict', query.verdict],
        ['status', query.status],
        ['board', query.board],
        ['scope', query.remoteScope],
      ].flatMap(([index, values]) => (values ? [anyOf(index as string, values as string[])] : [])),
    ]);
    filterSets.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = filterSets;
    const inView = new Set([...smallest].filter((key) => others.every((set) => set.has(key))));
    const countIn = (list: Key[], within: Set<Key> = inView) => list.reduce((n, key) => n + (within.has(key) ? 1 : 0), 0);

    const verdictSets = Object.fromEntries(
      await Promise.all(VERDICTS.map(async (verdict) => [verdict, new Set((await keys('verdict', { equals: verdict })).filter((k) => inView.has(k)))] as const)),
    ) as Record<Verdict, Set<Key>>;
    const byVerdict = (list: Key[]) =>
      Object.fromEntries(VERDICTS.map((verdict) => [verdict, countIn(list, verdictSets[verdict])])) as Record<Verdict, number>;

    const counts = await readCounts(db.facetTotals);
    const inFilters: FacetFilter = {
      verdict: query.verdict, status: query.status, board: query.board, scope: query.remoteScope, includeHidden: query.includeHidden,
    };
    // Jobs in view with one value of a field: none when the filter on that field leaves the value out.
    const countWith = (field: 'status' | 'scope' | 'board', value: string) =>
      inFilters[field]?.length && !inFilters[field].includes(value) ? 0 : countWhere(counts, { ...inFilters, [field]: [value] });
    const byStatus = Object.fromEntries(JOB_STATUSES.map((status) => [status, countWith('status', status)])) as Record<JobStatus, number>;
    const byRemote = Object.fromEntries([...REMOTE_SCOPES, 'none'].map((scope) => [scope, countWith('scope', scope)])) as Record<RemoteScope | 'none', number>;
    const byBoard = [...new Set(counts.map(({ facet }) => facet.board))]
      .map((board) => ({ board, count: countWith('board', board) }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count || a.board.localeCompare(b.board));

    const scoreBins = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => ({
        from: i * 10,
        to: i === 9 ? 100 : i * 10 + 9,
        byVerdict: byVerdict(await keys('score', { from: i === 0 ? -Infinity : i * 10, below: i === 9 ? Infinity : i * 10 + 10 })),
      })),
    );
    const perWeek = await Promise.all(
      recentWeekStarts(weeks, now).map(async (start) => ({
        weekStart: start,
        byVerdict: byVerdict(await keys('firstSeen', { from: start, below: addDays(start, 7) })),
      })),
    );

    // The score index lists keys by score: the middle job(s) in view give the median.
    const byScore = ((await db.jobs.orderBy('score').primaryKeys()) as Key[]).filter((key) => inView.has(key));
    const middle = byScore.length >> 1;
    const middleKeys = byScore.length % 2 ? [byScore[middle]] : byScore.slice(middle - 1, middle + 1);
    const middleScores = (await db.jobs.bulkGet(middleKeys)).map((job) => job?.score ?? 0);
    const medianScore = byScore.length === 0 ? null : middleScores.reduce((a, b) => a + b, 0) / middleScores.length;

    return { total: inView.size, medianScore, byStatus, perWeek, scoreBins, byBoard, byRemote };
  });
}
