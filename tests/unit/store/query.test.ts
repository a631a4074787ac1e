import { describe, expect, it, vi } from 'vitest';
import { freshDb, wrapTables, DAY, T0 } from './helpers';
import { makeEvaluation, makeJob, makePosting } from '../factories';
import { liveQuery } from 'dexie';
import {
  CHECKED_CANDIDATES, COMMON_TERM_ENTRIES, countByStatus, getJob, queryJobs, readAllJobs, rescoreAll, resumeRescore, saveEvaluated, setHidden, setNotes, setStatus,
  storedBoards, type JobPage, type JobQuery, type JobSort,
} from '../../../lib/store/jobs';
import { SORT_FIELDS as SORTS } from '../../../lib/store/index-fields';
import { FACET_TOTALS_ID, jobFacetOf } from '../../../lib/store/facets';
import { orderKeys } from '../../../lib/store/facet-order';
import type { JobDb } from '../../../lib/store/db';
import { JOB_STATUSES, VERDICTS, type Evaluation, type Job, type Posting, type RemoteScope, type Verdict } from '../../../lib/model';

interface Seed { key: string; company: string; score: number; verdict: Verdict; board: string; scope: RemoteScope | null; datePosted: string | null; title: string; description?: string }

const SEEDS: Seed[] = [
  { key: 'a', company: 'Alpha', score: 91, verdict: 'match', board: 'greenhouse', scope: 'anywhere', datePosted: '2026-10-03', title: 'Retrieval Engineer' },
  { key: 'b', company: 'Bravo', score: 75, verdict: 'match', board: 'lever', scope: 'restricted', datePosted: '2026-10-20', title: 'Data Scientist' },
  { key: 'c', company: 'Charlie', score: 55, verdict: 'maybe', board: 'linkedin', scope: 'anywhere', datePosted: null, title: 'Analytics Engineer' },
  { key: 'd', company: 'Delta', score: 30, verdict: 'skip', board: 'linkedin', scope: null, datePosted: '2026-09-01', title: 'Frontend Developer' },
  { key: 'e', company: 'Echo', score: 88, verdict: 'match', board: 'hackernews', scope: 'unspecified', datePosted: '2026-11-02', title: 'ML Platform Engineer', description: 'Café culture, Kubernetes and vector search.' },
];

async function seed(db: JobDb): Promise<void> {
  for (const [i, s] of SEEDS.entries()) {
    const posting = makePosting({
      board: s.board, boardJobId: s.key, id: `${s.board}:${s.key}`, title: s.title, company: `${s.company} Labs`,
      datePosted: s.datePosted, ...(s.description ? { description: s.description } : {}),
    });
    await saveEvaluated(db, posting, makeEvaluation({ score: s.score, verdict: s.verdict, remoteScope: s.scope }), T0 + i * DAY);
  }
}

// Several tests write thousands of jobs, each with its words, facets and 16 order keys, which fake-indexeddb writes
// slowly: such a test took 8-16 s on a 2-core machine, too close to the default 30 s.
vi.setConfig({ testTimeout: 90_000 });

const keys = (jobs: { id: string }[]) => jobs.map((job) => job.id.split(':')[1]);

describe('queryJobs', () => {
  it('sorts by score, last seen, first seen and date posted, best and newest first', async () => {
    const db = freshDb();
    await seed(db);
    expect(keys((await queryJobs(db, {})).jobs)).toEqual(['a', 'e', 'b', 'c', 'd']);
    expect(keys((await queryJobs(db, { sort: 'lastSeen' })).jobs)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(keys((await queryJobs(db, { sort: 'firstSeen' })).jobs)).toEqual(['e', 'd', 'c', 'b', 'a']);
    // A job without a posting date sorts last.
    expect(keys((await queryJobs(db, { sort: 'datePosted' })).jobs)).toEqual(['e', 'b', 'a', 'd', 'c']);
  });

  it('filters by verdict, status, board and remote scope, and combines filters', async () => {
    const db = freshDb();
    await seed(db);
    await setStatus(db, 'lever:b', 'applied');
    expect(keys((await queryJobs(db, { verdict: ['match'] })).jobs)).toEqual(['a', 'e', 'b']);
    expect(keys((await queryJobs(db, { verdict: ['maybe', 'skip'] })).jobs)).toEqual(['c', 'd']);
    expect(keys((await queryJobs(db, { status: ['applied'] })).jobs)).toEqual(['b']);
    expect(keys((await queryJobs(db, { board: ['linkedin'] })).jobs)).toEqual(['c', 'd']);
    expect(keys((await queryJobs(db, { remoteScope: ['none'] })).jobs)).toEqual(['d']);
    expect(keys((await queryJobs(db, { remoteScope: ['anywhere'], verdict: ['match'] })).jobs)).toEqual(['a']);
    const none = await queryJobs(db, { board: ['linkedin'], verdict: ['match'] });
    expect(none).toMatchObject({ jobs: [], total: 0 });
    expect((await queryJobs(db, { verdict: [] })).total).toBe(5);
  });

  it('pages with offset and limit and reports the total', async () => {
    const db = freshDb();
    await seed(db);
    const page2 = await queryJobs(db, { offset: 2, limit: 2 });
    expect(keys(page2.jobs)).toEqual(['b', 'c']);
    expect(page2.total).toBe(5);
    expect(keys((await queryJobs(db, { offset: 4, limit: 2 })).jobs)).toEqual(['d']);
  });

  it('searches title, company, location, description and notes by word starts, ignoring case and accents', async () => {
    const db = freshDb();
    await seed(db);
    expect(keys((await queryJobs(db, { text: 'cafe KUBERNETES' })).jobs)).toEqual(['e']);
    expect(keys((await queryJobs(db, { text: 'kube vec' })).jobs)).toEqual(['e']);
    expect(keys((await queryJobs(db, { text: 'charlie labs' })).jobs)).toEqual(['c']);
    expect(keys((await queryJobs(db, { text: 'engineer' })).jobs)).toEqual(['a', 'e', 'c']);
    expect(keys((await queryJobs(db, { text: 'engineer', verdict: ['maybe'] })).jobs)).toEqual(['c']);
    // Inside a word is not a match: 'lytics' is not a word of 'Analytics', 'ulture' not one of 'culture'.
    expect((await queryJobs(db, { text: 'lytics' })).total).toBe(0);
    expect((await queryJobs(db, { text: 'ulture' })).total).toBe(0);
    await setNotes(db, 'linkedin:d', 'Referred by Dana, call back on Monday');
    expect(keys((await queryJobs(db, { text: 'dana monday' })).jobs)).toEqual(['d']);
    expect((await queryJobs(db, { text: 'remote' })).total).toBe(5);
  });

  it('matches a term of one or two characters as a whole word only, and ignores words like "the"', async () => {
    const db = freshDb();
    await seed(db);
    await setNotes(db, 'linkedin:c', 'Uses R and Go; html templates');
    // 'ML Platform Engineer' has the word 'ml'; Charlie's 'html' does not make it match.
    expect(keys((await queryJobs(db, { text: 'ml' })).jobs)).toEqual(['e']);
    expect(keys((await queryJobs(db, { text: 'r go' })).jobs)).toEqual(['c']);
    expect(keys((await queryJobs(db, { text: 'the engineer at' })).jobs)).toEqual(['a', 'e', 'c']);
  });

  it('pages a text search with an exact total', async () => {
    const db = freshDb();
    await seed(db);
    const firstPage = await queryJobs(db, { text: 'engineer', limit: 1 });
    expect(keys(firstPage.jobs)).toEqual(['a']);
    expect(firstPage.total).toBe(3);
    const lastPage = await queryJobs(db, { text: 'engineer', offset: 2, limit: 1 });
    expect(keys(lastPage.jobs)).toEqual(['c']);
    expect(lastPage.total).toBe(3);
    expect(await queryJobs(db, { text: 'nowhere' })).toMatchObject({ jobs: [], total: 0 });
  });
});

describe('rescoreAll', () => {
  it('re-scores every job in chunks, updating the indexed copies', async () => {
    const db = freshDb();
    const total = 1_234;
    await db.jobs.bulkPut(
      Array.from({ length: total }, (_, i) =>
        makeJob({ posting: makePosting({ boardJobId: `${i}`, id: `greenhouse:${i}`, title: `Role ${i}` }), evaluation: makeEvaluation({ score: 10, verdict: 'skip' }) }),
      ),
    );
    const scoreByTitleNumber = (posting: Posting): Evaluation => {
      const n = Number(posting.title.split(' ')[1]);
      return makeEvaluation({ score: n % 100, verdict: n % 100 >= 70 ? 'match' : 'skip', profileHash: 'new' });
    };
    const progress: number[] = [];
    const count = await rescoreAll(db, {} as never, scoreByTitleNumber, (done) => progress.push(done));
    expect(count).toBe(total);
    expect(progress).toEqual([500, 1000, 1234]);
    const top = await queryJobs(db, { verdict: ['match'], limit: 3 });
    const expectedMatches = Array.from({ length: total }, (_, n) => n).filter((n) => n % 100 >= 70).length;
    expect(top.total).toBe(expectedMatches);
    expect(top.jobs.every((job) => job.score === 99 && job.evaluation.profileHash === 'new')).toBe(true);
  });

  /** 1,234 stored jobs scored by an old profile, and a scorer for the new one that counts its calls. */
  async function storeToRescore() {
    const db = freshDb();
    await db.jobs.bulkPut(
      Array.from({ length: 1_234 }, (_, i) =>
        makeJob({ posting: makePosting({ boardJobId: `${i}`, id: `greenhouse:${i}` }), evaluation: makeEvaluation({ profileHash: 'old' }) }),
      ),
    );
    const scorer = { calls: 0, failAt: Infinity };
    const scoreNew = (): Evaluation => {
      scorer.calls += 1;
      if (scorer.calls === scorer.failAt) throw new Error('the page was closed');
      return makeEvaluation({ profileHash: 'new' });
    };
    const hashes = async () => new Set((await readAllJobs(db)).jobs.map((job) => job.evaluation.profileHash));
    return { db, scorer, scoreNew, hashes };
  }

  it('has a re-scoring cut short finished by resumeRescore, each job scored once', async () => {
    const { db, scorer, scoreNew, hashes } = await storeToRescore();
    scorer.failAt = 600;
    await expect(rescoreAll(db, {} as never, scoreNew)).rejects.toThrow('the page was closed');
    expect(await hashes()).toEqual(new Set(['old', 'new']));
    scorer.calls = 0;
    scorer.failAt = Infinity;
    expect(await resumeRescore(db, {} as never, scoreNew)).toBe(734);
    expect(scorer.calls).toBe(734);
    expect(await hashes()).toEqual(new Set(['new']));
    expect(await resumeRescore(db, {} as never, scoreNew)).toBe(0);
  });

  it('stops a re-scoring when a newer one starts, and shares a run between two callers', async () => {
    const { db, scorer, scoreNew, hashes } = await storeToRescore();
    // A newer run (the profile saved again) takes over after the first chunk of the older one.
    const older = await rescoreAll(db, {} as never, scoreNew, (done) => {
      if (done === 500) void db.settings.put({ key: 'rescore', value: { run: 'newer', after: null } });
    });
    expect(older).toBe(500);
    expect(await hashes()).toEqual(new Set(['old', 'new']));
    // The newer run, resumed by two callers at once (the worker and the settings page): every job once in all.
    scorer.calls = 0;
    const [first, second] = await Promise.all([resumeRescore(db, {} as never, scoreNew), resumeRescore(db, {} as never, scoreNew)]);
    expect(first + second).toBe(1_234);
    expect(scorer.calls).toBe(1_234);
    expect(await hashes()).toEqual(new Set(['new']));
  });
});

describe('queryJobs on a larger database', () => {
  it('gives the same pages as sorting and filtering every job in memory, across walk chunks', async () => {
    const db = freshDb();
    const boards = ['linkedin', 'greenhouse', 'lever'];
    const jobs = Array.from({ length: 2_400 }, (_, i) => {
      const score = (i * 37) % 101;
      return makeJob({
        posting: makePosting({ board: boards[i % 3], boardJobId: `${i}`, id: `${boards[i % 3]}:${i}`, title: i % 7 === 0 ? `Rare role ${i}` : `Role ${i}` }),
        evaluation: makeEvaluation({ score, verdict: i % 2 ? 'match' : 'skip' }),
        hidden: i % 50 === 0,
        lastSeen: T0 + ((i * 13) % 500) * DAY,
      });
    });
    await db.jobs.bulkPut(jobs);
    const reference = (keep: (job: Job) => boolean, sort: 'score' | 'lastSeen', includeHidden = false) =>
      jobs
        .filter((job) => (includeHidden || !job.hidden) && keep(job))
        .sort((a, b) => b[sort] - a[sort] || (a.id < b.id ? 1 : -1))
        .map((job) => job.id);
    // The first three fill their page from the top of the sort index in 500-key steps; the fourth keeps too few
    // jobs for that and reads the whole index.
    const cases: [JobQuery, (job: Job) => boolean][] = [
      [{ verdict: ['match'], offset: 200, limit: 50 }, (job) => job.verdict === 'match'],
      [{ verdict: ['match'], board: ['lever', 'linkedin'], offset: 90, limit: 40, sort: 'lastSeen' }, (job) => job.verdict === 'match' && job.board !== 'greenhouse'],
      [{ offset: 520, limit: 30 }, () => true],
      [{ board: ['greenhouse'], offset: 700, limit: 50 }, (job) => job.board === 'greenhouse'],
      // One kind of filter on a first page: counted from the counters and found in the top records.
      [{ verdict: ['match'], limit: 50 }, (job) => job.verdict === 'match'],
      [{ board: ['lever', 'linkedin'], offset: 10, limit: 20, sort: 'lastSeen' }, (job) => job.board !== 'greenhouse'],
      [{ verdict: ['skip'], includeHidden: true, limit: 40 }, (job) => job.verdict === 'skip'],
      // Deep enough that reading records would cost too much: the sort index is walked keys only.
      [{ offset: 1_500, limit: 50, sort: 'lastSeen' }, () => true],
    ];
    for (const [query, keep] of cases) {
      const expected = reference(keep, query.sort === 'lastSeen' ? 'lastSeen' : 'score', query.includeHidden);
      const page = await queryJobs(db, query);
      expect(page.total).toBe(expected.length);
      expect(page.jobs.map((job) => job.id)).toEqual(expected.slice(query.offset ?? 0, (query.offset ?? 0) + query.limit!));
    }
    // Page after page from the previous page's `next`, as the popup's pager asks: the same pages as by offset.
    for (const [query] of [...cases, [{ text: 'rare role', limit: 30 }], [{ text: 'role', board: ['lever'], limit: 200 }]] as [JobQuery][]) {
      const pageSize = Math.min(query.limit ?? 50, 150);
      const byOffset = await queryJobs(db, { ...query, offset: 0, limit: 400 + pageSize });
      let after: JobPage['next'] = null;
      for (let offset = 0; offset < Math.min(400, byOffset.jobs.length); offset += pageSize) {
        const page: JobPage = await queryJobs(db, { ...query, offset, limit: pageSize, ...(after ? { after } : {}) });
        expect(page.jobs.map((job) => job.id)).toEqual(byOffset.jobs.slice(offset, offset + pageSize).map((job) => job.id));
        expect([page.total, page.totalExact]).toEqual([byOffset.total, byOffset.totalExact]);
        after = page.next;
      }
    }
    const rare = await queryJobs(db, { text: 'rare role', offset: 10, limit: 20 });
    const expectedRare = reference((job) => job.posting.title.startsWith('Rare'), 'score');
    expect(rare.jobs.map((job) => job.id)).toEqual(expectedRare.slice(10, 30));
    expect(rare).toMatchObject({ total: expectedRare.length, totalExact: true });
  });
});

describe('queryJobs read from the facets of a filter', () => {
  it('gives the pages of sorting and filtering every job in memory, for random filters, sorts, ties, depths and cursors', async () => {
    const db = freshDb();
    const facetReads = recordedReads(db, 'jobOrder');
    let state = 7;
    const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const boards = ['linkedin', 'greenhouse', 'lever', 'ashby'];
    const scopes: (RemoteScope | null)[] = ['anywhere', 'restricted', null];
    const statuses = JOB_STATUSES.slice(0, 3);
    // Few distinct sort values, so that ties are broken by the id; some jobs without a date posted.
    const jobs = Array.from({ length: 4_000 }, (_, i) => {
      const board = pick(boards);
      const score = Math.floor(next() * 20);
      return makeJob({
        posting: makePosting({ board, boardJobId: `${i}`, id: `${board}:${i}`, datePosted: next() < 0.2 ? null : `2026-10-${10 + Math.floor(next() * 9)}` }),
        evaluation: makeEvaluation({ score, verdict: pick(VERDICTS), remoteScope: pick(scopes) }),
        status: pick(statuses), hidden: next() < 0.1, lastSeen: T0 + Math.floor(next() * 30) * DAY, firstSeen: T0 - Math.floor(next() * 30) * DAY,
      });
    });
    await db.jobs.bulkPut(jobs);
    const sortValue = (job: Job, sort: JobSort) => (sort === 'datePosted' ? job.posting.datePosted ?? '' : job[sort]);
    const some = <T>(values: readonly T[]) => (next() < 0.5 ? undefined : values.filter(() => next() < 0.5));
    let fromFacets = 0;
    for (let round = 0; round < 60; round++) {
      const query: JobQuery = {
        board: some(boards), verdict: some(VERDICTS), status: some(statuses), remoteScope: some(['anywhere', 'restricted', 'none'] as const),
        includeHidden: next() < 0.3, sort: pick(SORTS), offset: Math.floor(next() * 1_500), limit: 1 + Math.floor(next() * 60),
      };
      const sort = query.sort!;
      const keeps = (values: readonly string[] | undefined, value: string) => !values?.length || values.includes(value);
      const expected = jobs
        .filter((job) => (query.includeHidden || !job.hidden) && keeps(query.board, job.board) && keeps(query.verdict, job.verdict) &&
          keeps(query.status, job.status) && keeps(query.remoteScope, job.remoteScope ?? 'none'))
        .sort((a, b) => {
          const [x, y] = [sortValue(a, sort), sortValue(b, sort)];
          return x < y ? 1 : x > y ? -1 : a.id < b.id ? 1 : -1;
        })
        .map((job) => job.id);
      const { offset = 0, limit = 0 } = query;
      facetReads.length = 0;
      const page = await queryJobs(db, query);
      if (facetReads.length > 0) fromFacets++;
      expect(page.total).toBe(expected.length);
      expect(page.jobs.map((job) => job.id)).toEqual(expected.slice(offset, offset + limit));
      // The next page from this one's last job, as the pager asks.
      if (page.next) {
        const after = await queryJobs(db, { ...query, offset: offset + limit, after: page.next });
        expect(after.jobs.map((job) => job.id)).toEqual(expected.slice(offset + limit, offset + 2 * limit));
      }
    }
    // About half the pages are deep enough, or their filters narrow enough, to be read from the facets; the others
    // read records from the top of the sort index.
    expect(fromFacets).toBeGreaterThanOrEqual(20);
    expect(fromFacets).toBeLessThanOrEqual(40);
  });

  it('reports a corrupt record in its place on a deep page, as the other paths do', async () => {
    const db = freshDb();
    const facetReads = recordedReads(db, 'jobOrder');
    const jobs = Array.from({ length: 2_000 }, (_, i) => makeJob({
      posting: makePosting({ board: i % 2 ? 'lever' : 'ashby', boardJobId: `${i}`, id: `${i % 2 ? 'lever' : 'ashby'}:${i}` }),
      evaluation: makeEvaluation({ score: i % 100 }),
    }));
    await db.jobs.bulkPut(jobs);
    // Unreadable (a title that is not text), but with a board and a score to be listed by.
    await db.jobs.put({ ...jobs[1], id: 'lever:broken', posting: { ...jobs[1].posting, title: 7 } } as unknown as Job);
    const lever = [...jobs.filter((job) => job.board === 'lever').map((job) => ({ id: job.id, score: job.score })), { id: 'lever:broken', score: jobs[1].score }]
      .sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1)).map((job) => job.id);
    const at = lever.indexOf('lever:broken');
    const offset = Math.floor(at / 50) * 50;
    expect(offset).toBeGreaterThan(0);
    const page = await queryJobs(db, { board: ['lever'], offset, limit: 50 });
    expect(facetReads.length).toBeGreaterThan(0);
    expect(page.total).toBe(1_001);
    expect(page.corrupt.map((record) => record.id)).toEqual(['lever:broken']);
    expect(page.jobs.map((job) => job.id)).toEqual(lever.slice(offset, offset + 50).filter((id) => id !== 'lever:broken'));
  });
});

describe('the word index', () => {
  it('follows every write: a put, a refused add, a delete and a cleared table', async () => {
    const db = freshDb();
    const job = makeJob({ posting: makePosting({ title: 'Geospatial Analyst' }) });
    await db.jobs.put(job);
    expect((await queryJobs(db, { text: 'geospatial' })).total).toBe(1);
    await db.jobs.add({ ...job, posting: { ...job.posting, title: 'Quantum Chef' } }).catch(() => undefined);
    expect((await queryJobs(db, { text: 'geospatial' })).total).toBe(1);
    expect((await queryJobs(db, { text: 'quantum' })).total).toBe(0);
    await db.jobs.delete(job.id);
    expect(await db.jobWords.count()).toBe(0);
    await db.jobs.bulkPut([job, makeJob({ posting: makePosting({ boardJobId: '2', id: 'greenhouse:2' }) })]);
    expect(await db.jobWords.count()).toBe(2);
    await db.jobs.clear();
    expect(await db.jobWords.count()).toBe(0);
  });
});

describe('queryJobs when most jobs are hidden', () => {
  it('walks the sort index keys, from the top and from the previous page', async () => {
    const db = freshDb();
    const jobs = Array.from({ length: 4_000 }, (_, i) => makeJob({
      posting: makePosting({ boardJobId: `${i}`, id: `greenhouse:${i}` }),
      evaluation: makeEvaluation({ score: (i * 37) % 101 }),
      hidden: i % 4 !== 0,
    }));
    await db.jobs.bulkPut(jobs);
    const visible = jobs.filter((job) => !job.hidden).sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1)).map((job) => job.id);
    // A quarter of the jobs kept, 1,000 of them: the page is too deep to read records for, too many to sort in memory.
    const deep = await queryJobs(db, { offset: 900, limit: 50 });
    expect(deep.jobs.map((job) => job.id)).toEqual(visible.slice(900, 950));
    expect(deep.total).toBe(1_000);
    const next = await queryJobs(db, { offset: 950, limit: 50, after: deep.next! });
    expect(next.jobs.map((job) => job.id)).toEqual(visible.slice(950, 1_000));
  });
});

/** Every read of a table: the index read (or 'get' for one record by id), records or keys only, how many. */
function recordedReads(db: JobDb, tableName = 'jobs'): { index: string; values: boolean; count: number }[] {
  const reads: { index: string; values: boolean; count: number }[] = [];
  wrapTables(db, `recordedReads-${tableName}`, (table) => table.name !== tableName ? {} : {
    query: (request) => table.query(request).then((response) => {
      reads.push({ index: request.query.index.name ?? ':id', values: request.values === true, count: response.result.length });
      return response;
    }),
    get(request) {
      reads.push({ index: 'get', values: true, count: 1 });
      return table.get(request);
    },
  });
  return reads;
}

describe('how much of the sort index queryJobs reads', () => {
  it('fills a first page under a filter that follows the sort from one chunk of about the page', async () => {
    const db = freshDb();
    const reads = recordedReads(db);
    const jobs = Array.from({ length: 2_000 }, (_, i) => {
      const score = (i * 37) % 101;
      return makeJob({
        posting: makePosting({ boardJobId: `${i}`, id: `greenhouse:${i}` }),
        evaluation: makeEvaluation({ score, verdict: score >= 70 ? 'match' : 'skip' }),
        lastSeen: T0 + ((i * 13) % 500) * DAY,
      });
    });
    await db.jobs.bulkPut(jobs);
    const top = (sort: 'score' | 'lastSeen') => jobs.filter((job) => job.verdict === 'match')
      .sort((a, b) => b[sort] - a[sort] || (a.id < b.id ? 1 : -1)).map((job) => job.id);
    reads.length = 0;
    // The matches are the top jobs by score: the first 50 + 25% + 10 records hold the page (not 50 / 30% x 1.25 + 10).
    const page = await queryJobs(db, { verdict: ['match'], sort: 'score', limit: 50 });
    expect(page.jobs.map((job) => job.id)).toEqual(top('score').slice(0, 50));
    expect(reads.filter((read) => read.index !== ':id')).toEqual([{ index: '[score+id]', values: true, count: 73 }]);
    // By last seen the matches are spread out: a second chunk, sized by the share of jobs the filter keeps, holds the rest.
    reads.length = 0;
    const spread = await queryJobs(db, { verdict: ['match'], sort: 'lastSeen', limit: 50 });
    expect(spread.jobs.map((job) => job.id)).toEqual(top('lastSeen').slice(0, 50));
    expect(reads.filter((read) => read.index === '[lastSeen+id]').map((read) => read.count)).toEqual([73, expect.any(Number)]);
  });

  it('reads a deep page from the facets of one board in one read sized by the page, not the sort index', async () => {
    const db = freshDb();
    const reads = recordedReads(db);
    const facetReads = recordedReads(db, 'jobOrder');
    const boards = ['linkedin', 'greenhouse', 'lever', 'ashby'];
    const jobs = Array.from({ length: 4_400 }, (_, i) => makeJob({
      posting: makePosting({ board: boards[i % 4], boardJobId: `${i}`, id: `${boards[i % 4]}:${i}` }),
      lastSeen: T0 + ((i * 13) % 500) * DAY,
    }));
    await db.jobs.bulkPut(jobs);
    const lever = jobs.filter((job) => job.board === 'lever').sort((a, b) => b.lastSeen - a.lastSeen || (a.id < b.id ? 1 : -1));
    reads.length = 0;
    // 1,100 jobs kept of 4,400, the page too deep to read records for: the order keys of board = lever, all kept,
    // (480 + 20) x 1.25 + 10 of them, keys only (the one verdict's range, holding every job, would be 2,510).
    const page = await queryJobs(db, { board: ['lever'], sort: 'lastSeen', offset: 480, limit: 20 });
    expect(page.jobs.map((job) => job.id)).toEqual(lever.slice(480, 500).map((job) => job.id));
    expect(page.total).toBe(1_100);
    expect(facetReads).toEqual([{ index: ':id', values: false, count: 635 }]);
    expect(reads).toEqual([]);
    // Two boards: both ranges at once, each sized by its share of the page.
    facetReads.length = 0;
    const two = await queryJobs(db, { board: ['lever', 'ashby'], sort: 'lastSeen', offset: 980, limit: 20 });
    const both = jobs.filter((job) => job.board === 'lever' || job.board === 'ashby').sort((a, b) => b.lastSeen - a.lastSeen || (a.id < b.id ? 1 : -1));
    expect(two.jobs.map((job) => job.id)).toEqual(both.slice(980, 1_000).map((job) => job.id));
    expect(facetReads.map(({ values, count }) => [values, count])).toEqual([[false, 635], [false, 635]]);
  });

  it('reads more from the one range of a filter that holds more of the page than its share', async () => {
    const db = freshDb();
    const facetReads = recordedReads(db, 'jobOrder');
    const boards = ['linkedin', 'greenhouse', 'lever', 'ashby'];
    // Every lever job scores above every ashby job.
    const jobs = Array.from({ length: 4_000 }, (_, i) => makeJob({
      posting: makePosting({ board: boards[i % 4], boardJobId: `${i}`, id: `${boards[i % 4]}:${i}` }),
      evaluation: makeEvaluation({ score: (boards[i % 4] === 'lever' ? 50 : 0) + (i % 50) }),
    }));
    await db.jobs.bulkPut(jobs);
    const both = jobs.filter((job) => job.board === 'lever' || job.board === 'ashby').sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1));
    const page = await queryJobs(db, { board: ['lever', 'ashby'], offset: 900, limit: 50 });
    expect(page.jobs.map((job) => job.id)).toEqual(both.slice(900, 950).map((job) => job.id));
    // Half of the 950 rows from each board first ((475 x 1.25) + 10 each); then, for the 346 still missing, a read of
    // lever alone, as large as its first (604 rows asked), which finds the last 396.
    expect(facetReads.map(({ count }) => count)).toEqual([604, 604, 396]);
  });
});

describe('the counters per facet', () => {
  it('follow every write: saves, a refused add, status, hiding, a delete and a cleared table', async () => {
    const db = freshDb();
    const visibleByStatus = async () => {
      const { jobs } = await readAllJobs(db);
      return Object.fromEntries(JOB_STATUSES.map((status) => [status, jobs.filter((job) => !job.hidden && job.status === status).length]));
    };
    const expectCountsToMatchRecords = async () => {
      expect(await countByStatus(db)).toEqual(await visibleByStatus());
      const { jobs } = await readAllJobs(db);
      expect((await queryJobs(db, { includeHidden: true })).total).toBe(jobs.length);
      expect((await queryJobs(db, { verdict: ['match'] })).total).toBe(jobs.filter((job) => !job.hidden && job.verdict === 'match').length);
      expect(await storedBoards(db)).toEqual([...new Set(jobs.map((job) => job.board))].sort());
      // And the order keys are those of the stored jobs, no more, no fewer.
      const expectedKeys = jobs.flatMap((job) => orderKeys(jobFacetOf(job))).map((key) => JSON.stringify(key)).sort();
      expect((await db.jobOrder.toCollection().primaryKeys()).map((key) => JSON.stringify(key)).sort()).toEqual(expectedKeys);
    };
    await seed(db);
    await expectCountsToMatchRecords();
    await setStatus(db, 'lever:b', 'applied');
    await setHidden(db, 'linkedin:c', true);
    await expectCountsToMatchRecords();
    const stored = (await getJob(db, 'lever:b'))!;
    await db.jobs.add({ ...stored, status: 'offer' }).catch(() => undefined);
    await db.jobs.bulkPut([{ ...stored, verdict: 'skip' }, { ...stored, id: 'lever:b2', board: 'workable' }]);
    await expectCountsToMatchRecords();
    await db.jobs.delete('greenhouse:a');
    await db.jobs.where('board').equals('workable').delete();
    await expectCountsToMatchRecords();
    await db.jobs.clear();
    expect(await db.facetTotals.get(FACET_TOTALS_ID)).toEqual({ id: FACET_TOTALS_ID, counts: {} });
    expect(await db.jobFacets.count()).toBe(0);
    expect(await db.jobOrder.count()).toBe(0);
  });
});

describe('a search with a common word', () => {
  it('checks the common word on the words of the candidates: exact when a rarer term leaves few, else one match past the page', async () => {
    const db = freshDb();
    const jobs = Array.from({ length: COMMON_TERM_ENTRIES + 200 }, (_, i) =>
      makeJob({
        posting: makePosting({ boardJobId: `${i}`, id: `greenhouse:${i}`, title: `Widget maker ${i}`, description: i % 7 ? 'Plain.' : 'Needs welding.' }),
        evaluation: makeEvaluation({ score: (i * 37) % 101 }),
      }));
    await db.jobs.bulkPut(jobs);
    const top = (keep: (job: Job) => boolean) =>
      jobs.filter(keep).sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1)).map((job) => job.id);

    const first = await queryJobs(db, { text: 'widget', limit: 50 });
    expect(first.jobs.map((job) => job.id)).toEqual(top(() => true).slice(0, 50));
    expect(first).toMatchObject({ total: 51, totalExact: false });
    const second = await queryJobs(db, { text: 'widget', offset: 50, limit: 50, after: first.next! });
    expect(second.jobs.map((job) => job.id)).toEqual(top(() => true).slice(50, 100));
    expect(second).toMatchObject({ total: 101, totalExact: false });
    const last = await queryJobs(db, { text: 'widget', offset: jobs.length - 10, limit: 50 });
    expect(last.jobs.map((job) => job.id)).toEqual(top(() => true).slice(-10));
    expect(last).toMatchObject({ total: jobs.length, totalExact: true });

    const welding = top((job) => job.posting.description.includes('welding'));
    const narrowed = await queryJobs(db, { text: 'widget weld', offset: 100, limit: 20 });
    expect(narrowed.jobs.map((job) => job.id)).toEqual(welding.slice(100, 120));
    expect(narrowed).toMatchObject({ total: welding.length, totalExact: true });
    // More candidates than are worth checking one by one: in sort order, one match past the page.
    expect(top((job) => job.posting.description === 'Plain.').length).toBeGreaterThan(CHECKED_CANDIDATES);
    const plain = await queryJobs(db, { text: 'widget plain', offset: 100, limit: 20 });
    expect(plain.jobs.map((job) => job.id)).toEqual(top((job) => job.posting.description === 'Plain.').slice(100, 120));
    expect(plain).toMatchObject({ total: 121, totalExact: false });
  });
});

describe('queryJobs in a live query', () => {
  it('answers inside Dexie liveQuery, as the popup reads it, with and without a search', async () => {
    const db = freshDb();
    await seed(db);
    await db.jobs.bulkPut(Array.from({ length: 300 }, (_, i) => makeJob({ posting: makePosting({ boardJobId: `${i}`, id: `lever:${i}` }) })));
    // The last one is a first page under one filter, found in the top records.
    for (const query of [{}, { text: 'engineer' }, { verdict: ['match' as const], limit: 5 }]) {
      const page = await new Promise<JobPage>((resolve, reject) => {
        const subscription = liveQuery(() => queryJobs(db, query)).subscribe({
          next: (value) => { subscription.unsubscribe(); resolve(value); },
          error: reject,
        });
      });
      expect(page).toEqual(await queryJobs(db, query));
    }
  });
});
