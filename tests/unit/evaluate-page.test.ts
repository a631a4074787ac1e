import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { describeFailure, fallbackProfile, savePostings, scorePostings, toolbarBadgeText } from '../../lib/evaluate-page';
import type { Posting } from '../../lib/model';
import { DEFAULT_PROFILE } from '../../lib/score/profile';
import { score } from '../../lib/score/score';
import { readAllJobs } from '../../lib/store/jobs';
import { makePosting } from './factories';
import { freshDb } from './store/helpers';

const remoteMlPosting = makePosting({
  id: 'hackernews:100',
  boardJobId: '100',
  title: 'Machine Learning Engineer',
  company: 'Acme Data',
  description: 'Acme Data | Machine Learning Engineer | Remote (anywhere) | Full-time\n\nYou will build retrieval and ML pipelines in Python. We maintain open source libraries. Email jobs@acme-data.example.',
  emails: ['jobs@acme-data.example'],
});

describe('scorePostings', () => {
  it('scores each posting and drafts a mailto for one with an address, storing nothing', async () => {
    const quiet = makePosting({ id: 'hackernews:101', boardJobId: '101', title: 'Office manager', company: 'Elsewhere', emails: [] });
    const scored = scorePostings([remoteMlPosting, quiet], DEFAULT_PROFILE);
    expect(scored.map((r) => r.postingId)).toEqual(['hackernews:100', 'hackernews:101']);
    expect(scored[0]!.evaluation).toEqual(score(remoteMlPosting, DEFAULT_PROFILE));
    expect(scored[0]!.mailto).toMatch(/^mailto:jobs@acme-data\.example\?/);
    expect(scored[1]!.mailto).toBeNull();
  });
});

describe('savePostings', () => {
  const scoredItem = (posting: Posting) => ({ posting, evaluation: score(posting, DEFAULT_PROFILE) });

  it('stores each whole posting with its evaluation and says which job it became', async () => {
    const db = freshDb();
    const quiet = makePosting({ id: 'hackernews:101', boardJobId: '101', title: 'Office manager', company: 'Elsewhere', emails: [] });
    const saved = await savePostings(db, [scoredItem(remoteMlPosting), scoredItem(quiet)], Date.UTC(2026, 10, 1));
    expect(saved.map((r) => r.postingId)).toEqual(['hackernews:100', 'hackernews:101']);
    const { jobs } = await readAllJobs(db);
    expect(jobs.map((job) => job.id).sort()).toEqual(saved.map((r) => r.jobId).sort());
    expect(jobs.find((job) => job.id === saved[0]!.jobId)!.score).toBe(score(remoteMlPosting, DEFAULT_PROFILE).score);
    expect(jobs.every((job) => job.status === 'new')).toBe(true);
  });

  it('never stores a half-read posting', async () => {
    const db = freshDb();
    const partial = { ...remoteMlPosting, id: 'hackernews:102', boardJobId: '102', missing: ['title'] };
    expect(await savePostings(db, [scoredItem(partial)])).toEqual([]);
    expect((await readAllJobs(db)).jobs).toEqual([]);
  });

  it('stores a chunk sent twice (a retry after a stopped worker) once, keeping the status the job has', async () => {
    const db = freshDb();
    const [first] = await savePostings(db, [scoredItem(remoteMlPosting)]);
    await db.jobs.update(first!.jobId, { status: 'applied' });
    const [again] = await savePostings(db, [scoredItem(remoteMlPosting)]);
    expect(again!.jobId).toBe(first!.jobId);
    const { jobs } = await readAllJobs(db);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.status).toBe('applied');
  });
});

describe('background helpers', () => {
  it('fills the browser time zone into a profile that has none, and keeps one that is set', () => {
    expect(fallbackProfile({ ...DEFAULT_PROFILE, timeZone: '' }, 'Europe/Berlin').timeZone).toBe('Europe/Berlin');
    expect(fallbackProfile({ ...DEFAULT_PROFILE, timeZone: 'Asia/Tokyo' }, 'Europe/Berlin').timeZone).toBe('Asia/Tokyo');
  });

  it('counts matches for the toolbar badge', () => {
    expect(toolbarBadgeText(['match', 'skip', 'match', 'maybe'])).toBe('2');
    expect(toolbarBadgeText(['skip', 'maybe'])).toBe('');
    expect(toolbarBadgeText(Array.from({ length: 1200 }, () => 'match' as const))).toBe('999+');
  });

  it('says plainly that storage is full', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeFailure(quota)).toMatch(/^JobFit could not save: Storage is full/);
    expect(describeFailure(new Error('boom'))).toBe('JobFit could not evaluate this page: boom');
  });
});
