// The dashboard's charts need six small fields of every job in view, not the jobs themselves. Without a text search
// they are read from the store's indexes with key cursors (no record is read or parsed), so the charts stay quick
// with thousands of jobs and can follow every write.
import type { JobFacts } from '../../components/charts/stats';
import { toJobQuery, type JobFilters } from '../../components/filters';
import type { JobDb } from '../../lib/store/db';
import { queryJobs } from '../../lib/store/jobs';

type Key = string | number;

/** Index name → the fact it holds; `scope` stores a null remote scope as 'none'. */
const FACT_INDEXES = [
  ['status', 'status'],
  ['verdict', 'verdict'],
  ['board', 'board'],
  ['scope', 'remoteScope'],
  ['score', 'score'],
  ['firstSeen', 'firstSeen'],
] as const;

export async function loadJobFacts(db: JobDb, filters: JobFilters): Promise<JobFacts[]> {
  const query = toJobQuery(filters, 0, Number.MAX_SAFE_INTEGER);
  if (query.text) return (await queryJobs(db, query)).jobs;

  const wanted: [string, readonly Key[]][] = [['visible', [1]]];
  if (query.verdict) wanted.push(['verdict', query.verdict]);
  if (query.status) wanted.push(['status', query.status]);
  if (query.board) wanted.push(['board', query.board]);
  if (query.remoteScope) wanted.push(['scope', query.remoteScope]);

  return db.transaction('r', db.jobs, async () => {
    const keySets = await Promise.all(
      wanted.map(async ([index, values]) => new Set<Key>((await db.jobs.where(index).anyOf([...values]).primaryKeys()) as Key[])),
    );
    const inView = (id: Key) => keySets.every((set) => set.has(id));
    const facts = new Map<Key, Record<string, unknown>>();
    for (const [index, field] of FACT_INDEXES) {
      await db.jobs.orderBy(index).eachKey((key, cursor) => {
        const id = cursor.primaryKey as Key;
        if (!inView(id)) return;
        let row = facts.get(id);
        if (!row) facts.set(id, (row = {}));
        row[field] = field === 'remoteScope' && key === 'none' ? null : key;
      });
    }
    // A record missing an index value (unreadable, being repaired) is left out rather than drawn wrong.
    return [...facts.values()].filter((row) => FACT_INDEXES.every(([, field]) => field in row)) as JobFacts[];
  });
}

