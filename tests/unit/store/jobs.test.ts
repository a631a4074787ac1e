import { describe, expect, it } from 'vitest';
import { freshDb, DAY, T0 } from './helpers';
import { makeEvaluation, makePosting } from '../factories';
import {
  countByStatus, findJobByPostingId, getJob, hideCompany, queryJobs, readAllJobs, saveEvaluated, saveEvaluatedMany, setHidden, setNotes,
  setStatus, unhideCompany, type EvaluatedPosting,
} from '../../../lib/store/jobs';

const longDescription = (seed: string) =>
  Array.from({ length: 80 }, (_, i) => `${seed} sentence ${i} about retrieval pipelines and model training`).join('. ');

describe('saveEvaluated: one record per job', () => {
  it('merges a LinkedIn, a Greenhouse and a Hacker News copy of one role into one job with three sources', async () => {
    const db = freshDb();
    const linkedin = makePosting({
      board: 'linkedin', boardJobId: '39001', id: 'linkedin:39001', title: 'Senior Machine Learning Engineer (Remote)',
      company: 'Acme Data, Inc.', url: 'https://www.linkedin.com/jobs/view/39001', description: 'Short aggregator copy.',
    });
    const greenhouse = makePosting({
      board: 'greenhouse', boardJobId: '7788', id: 'greenhouse:7788', title: 'Senior Machine Learning Engineer - Remote US',
      company: 'Acme Data', url: 'https://boards.greenhouse.io/acmedata/jobs/7788', description: longDescription('ats'),
    });
    const hn = makePosting({
      board: 'hackernews', boardJobId: '4242', id: 'hackernews:4242', title: 'Machine Learning Engineer',
      company: 'ACME DATA', url: 'https://news.ycombinator.com/item?id=4242', description: 'Acme Data | ML Engineer | Remote',
    });
    await saveEvaluated(db, linkedin, makeEvaluation({ score: 60 }), T0);
    await saveEvaluated(db, greenhouse, makeEvaluation({ score: 85 }), T0 + 1000);
    const saved = await saveEvaluated(db, hn, makeEvaluation({ score: 40 }), T0 + 2000);

    expect(await db.jobs.count()).toBe(1);
    expect(saved.sources.map((source) => source.url)).toEqual([linkedin.url, greenhouse.url, hn.url]);
    expect(saved.posting.id).toBe('greenhouse:7788');
    expect(saved.score).toBe(85);
    expect(saved.board).toBe('greenhouse');
    expect(saved.repostCount).toBe(0);
    expect(saved.firstSeen).toBe(T0);
    expect(saved.lastSeen).toBe(T0 + 2000);
    expect((await findJobByPostingId(db, 'hackernews:4242'))?.id).toBe(saved.id);
  });

  it('updates the same posting seen again instead of adding a source', async () => {
    const db = freshDb();
    const posting = makePosting();
    await saveEvaluated(db, posting, makeEvaluation({ score: 50, verdict: 'maybe' }), T0);
    const again = await saveEvaluated(db, posting, makeEvaluation({ score: 90 }), T0 + DAY);
    expect(again.sources).toHaveLength(1);
    expect(again.sources[0]).toMatchObject({ firstSeen: T0, lastSeen: T0 + DAY });
    expect(again).toMatchObject({ score: 90, verdict: 'match', repostCount: 0, lastSeen: T0 + DAY });
  });

  it('never lets a half-read page replace a whole one', async () => {
    const db = freshDb();
    const whole = makePosting({ description: 'The whole text.' });
    await saveEvaluated(db, whole, makeEvaluation({ score: 80 }), T0);
    const half = { ...whole, description: '', missing: ['description'] };
    const saved = await saveEvaluated(db, half, makeEvaluation({ score: 10, verdict: 'skip' }), T0 + 1);
    expect(saved.posting.description).toBe('The whole text.');
    expect(saved.score).toBe(80);
    expect(saved.lastSeen).toBe(T0 + 1);
  });

  it('counts a repost on the same board (new id, same text) instead of duplicating', async () => {
    const db = freshDb();
    const first = makePosting({ boardJobId: '1', id: 'greenhouse:1', description: longDescription('repost') });
    const second = { ...first, boardJobId: '2', id: 'greenhouse:2', description: `${longDescription('repost')}. Apply now.` };
    await saveEvaluated(db, first, makeEvaluation(), T0);
    const saved = await saveEvaluated(db, second, makeEvaluation(), T0 + DAY);
    expect(await db.jobs.count()).toBe(1);
    expect(saved.repostCount).toBe(1);
    expect(saved.sources.map((source) => source.postingId)).toEqual(['greenhouse:1', 'greenhouse:2']);
  });

  it('counts the same role seen again after two weeks as a repost, even on another board', async () => {
    const db = freshDb();
    await saveEvaluated(db, makePosting(), makeEvaluation(), T0);
    const later = makePosting({ board: 'lever', boardJobId: 'abc', id: 'lever:abc' });
    const saved = await saveEvaluated(db, later, makeEvaluation(), T0 + 15 * DAY);
    expect(saved.repostCount).toBe(1);
    expect(saved.sources).toHaveLength(2);
  });

  it('keeps two different openings with the same title on one board apart', async () => {
    const db = freshDb();
    const search = makePosting({ boardJobId: '1', id: 'greenhouse:1', description: longDescription('search team') });
    const ads = makePosting({
      boardJobId: '2', id: 'greenhouse:2',
      description: Array.from({ length: 80 }, (_, i) => `advertising ${i} bidding auctions marketplace ranking`).join(' '),
    });
    await saveEvaluated(db, search, makeEvaluation(), T0);
    await saveEvaluated(db, ads, makeEvaluation(), T0 + DAY);
    expect(await db.jobs.count()).toBe(2);
  });

  it('does not join jobs without a company on their title alone', async () => {
    const db = freshDb();
    await saveEvaluated(db, makePosting({ company: '', board: 'linkedin', boardJobId: '1', id: 'linkedin:1' }), makeEvaluation(), T0);
    await saveEvaluated(db, makePosting({ company: '', board: 'indeed', boardJobId: '2', id: 'indeed:2' }), makeEvaluation(), T0);
    expect(await db.jobs.count()).toBe(2);
  });

  it('keeps status, history, notes and hidden across re-saves', async () => {
    const db = freshDb();
    const posting = makePosting();
    const job = await saveEvaluated(db, posting, makeEvaluation(), T0);
    await setStatus(db, job.id, 'contacted', T0 + 10);
    await setNotes(db, job.id, 'Wrote to Jane.');
    await setHidden(db, job.id, true);
    await saveEvaluated(db, posting, makeEvaluation({ score: 20, verdict: 'skip' }), T0 + 20);
    await saveEvaluated(db, makePosting({ board: 'linkedin', boardJobId: '9', id: 'linkedin:9' }), makeEvaluation(), T0 + 30);
    const stored = await getJob(db, job.id);
    expect(stored).toMatchObject({ status: 'contacted', notes: 'Wrote to Jane.', hidden: true, score: 20 });
    expect(stored?.statusHistory).toEqual([{ status: 'new', at: T0 }, { status: 'contacted', at: T0 + 10 }]);
    expect(stored?.sources).toHaveLength(2);
  });
});

describe('saveEvaluatedMany: a page\'s chunk in one transaction', () => {
  it('stores what saving the postings one after the other stores, joining postings of the same batch', async () => {
    const stored = makePosting({ company: 'Acme', title: 'Data Engineer', boardJobId: 's', id: 'greenhouse:s' });
    const blockedJob = makePosting({ company: 'Spammy', title: 'Analyst', boardJobId: 'b', id: 'greenhouse:b' });
    const chunk: EvaluatedPosting[] = [
      // Seen again; then the same role on another board, a new job, that job's role on a third board, and the
      // new job's posting once more.
      { posting: { ...stored, description: 'Changed.' }, evaluation: makeEvaluation({ score: 90 }) },
      { posting: makePosting({ company: 'Acme Inc.', title: 'Data Engineer (Remote)', board: 'lever', boardJobId: 'x', id: 'lever:x' }), evaluation: makeEvaluation() },
      { posting: makePosting({ company: 'Beta', title: 'ML Engineer', board: 'ashby', boardJobId: 'n', id: 'ashby:n' }), evaluation: makeEvaluation({ score: 40, verdict: 'skip' }) },
      { posting: makePosting({ company: 'Beta', title: 'Senior ML Engineer', board: 'workable', boardJobId: 'w', id: 'workable:w' }), evaluation: makeEvaluation() },
      { posting: makePosting({ company: 'Beta', title: 'ML Engineer', board: 'ashby', boardJobId: 'n', id: 'ashby:n' }), evaluation: makeEvaluation({ score: 55, verdict: 'maybe' }) },
      { posting: makePosting({ company: 'Spammy', title: 'Scientist', board: 'lever', boardJobId: 'y', id: 'lever:y' }), evaluation: makeEvaluation() },
    ];
    const prepared = async () => {
      const db = freshDb();
      await saveEvaluated(db, stored, makeEvaluation(), T0);
      await saveEvaluated(db, blockedJob, makeEvaluation(), T0);
      await hideCompany(db, 'Spammy');
      return db;
    };
    const oneByOne = await prepared();
    const each = [];
    for (const { posting, evaluation } of chunk) each.push(await saveEvaluated(oneByOne, posting, evaluation, T0 + DAY));
    const batched = await prepared();
    const together = await saveEvaluatedMany(batched, chunk, T0 + DAY);

    expect(together).toEqual(each);
    expect(new Set(together.map((job) => job.id))).toEqual(new Set(['greenhouse:s', 'ashby:n', 'lever:y']));
    expect((await readAllJobs(batched)).jobs).toEqual((await readAllJobs(oneByOne)).jobs);
    expect(await countByStatus(batched)).toEqual(await countByStatus(oneByOne));
    expect((await queryJobs(batched, { text: 'scientist', includeHidden: true })).jobs.map((job) => job.id)).toEqual(['lever:y']);
  });

  it('stores nothing of a chunk with an invalid posting', async () => {
    const db = freshDb();
    const bad = { ...makePosting({ boardJobId: '2', id: 'greenhouse:2' }), title: 7 } as never;
    await expect(saveEvaluatedMany(db, [{ posting: makePosting(), evaluation: makeEvaluation() }, { posting: bad, evaluation: makeEvaluation() }], T0))
      .rejects.toThrow(/^Posting not saved: title: /);
    expect(await db.jobs.count()).toBe(0);
  });
});

describe('status, notes, hidden', () => {
  it('appends to the history only when the status changes', async () => {
    const db = freshDb();
    const job = await saveEvaluated(db, makePosting(), makeEvaluation(), T0);
    await setStatus(db, job.id, 'applied', T0 + 1);
    const same = await setStatus(db, job.id, 'applied', T0 + 2);
    expect(same.statusHistory.map((entry) => entry.at)).toEqual([T0, T0 + 1]);
  });

  it('reports an unknown id as not found', async () => {
    const db = freshDb();
    await expect(setNotes(db, 'nope', 'x')).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
  });

  it('counts jobs per status without the hidden ones', async () => {
    const db = freshDb();
    const a = await saveEvaluated(db, makePosting({ boardJobId: 'a', id: 'greenhouse:a', title: 'A' }), makeEvaluation(), T0);
    const b = await saveEvaluated(db, makePosting({ boardJobId: 'b', id: 'greenhouse:b', title: 'B' }), makeEvaluation(), T0);
    await saveEvaluated(db, makePosting({ boardJobId: 'c', id: 'greenhouse:c', title: 'C' }), makeEvaluation(), T0);
    await setStatus(db, a.id, 'applied');
    await setHidden(db, b.id, true);
    const counts = await countByStatus(db);
    expect(counts).toMatchObject({ new: 1, applied: 1, contacted: 0, archived: 0 });
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(2);
  });
});

describe('hideCompany', () => {
  it('hides the company’s jobs, and its later postings are saved hidden', async () => {
    const db = freshDb();
    await saveEvaluated(db, makePosting({ company: 'Spammy Corp', title: 'Data Engineer', boardJobId: '1', id: 'greenhouse:1' }), makeEvaluation(), T0);
    await saveEvaluated(db, makePosting({ company: 'Spammy Corp.', title: 'ML Engineer', boardJobId: '2', id: 'greenhouse:2' }), makeEvaluation(), T0);
    await saveEvaluated(db, makePosting({ company: 'Good Co', title: 'ML Engineer', boardJobId: '3', id: 'greenhouse:3' }), makeEvaluation(), T0);
    expect(await hideCompany(db, 'spammy corp')).toBe(2);
    const later = await saveEvaluated(db, makePosting({ company: 'SPAMMY CORP', title: 'Analyst', board: 'lever', boardJobId: '4', id: 'lever:4' }), makeEvaluation(), T0);
    expect(later.hidden).toBe(true);
    const visible = await queryJobs(db, {});
    expect(visible.jobs.map((job) => job.company)).toEqual(['Good Co']);
    expect((await queryJobs(db, { includeHidden: true })).total).toBe(4);
    expect(await unhideCompany(db, 'Spammy Corp')).toBe(3);
    expect((await queryJobs(db, {})).total).toBe(4);
  });
});

describe('index fields', () => {
  it('stay right whatever write path changed the job (update, modify)', async () => {
    const db = freshDb();
    const job = await saveEvaluated(db, makePosting(), makeEvaluation({ remoteScope: 'anywhere' }), T0);
    await db.jobs.update(job.id, { hidden: true });
    expect((await queryJobs(db, {})).total).toBe(0);
    await db.jobs.where('id').equals(job.id).modify({ hidden: false, remoteScope: null });
    expect((await queryJobs(db, { remoteScope: ['none'] })).jobs.map((j) => j.id)).toEqual([job.id]);
  });
});

describe('invalid input', () => {
  it('is refused with the bad field named, and nothing is written', async () => {
    const db = freshDb();
    const bad = { ...makePosting(), title: 7 } as never;
    await expect(saveEvaluated(db, bad, makeEvaluation(), T0)).rejects.toThrow(/^Posting not saved: title: /);
    await expect(saveEvaluated(db, makePosting(), makeEvaluation({ score: 140 }), T0)).rejects.toThrow(/Evaluation not saved: score/);
    const job = await saveEvaluated(db, makePosting(), makeEvaluation(), T0);
    await expect(setNotes(db, job.id, 'x'.repeat(20_001))).rejects.toMatchObject({ name: 'StorageError', message: expect.stringMatching(/notes/) });
    expect((await getJob(db, job.id))?.notes).toBe('');
    expect(await db.jobs.count()).toBe(1);
  });
});
