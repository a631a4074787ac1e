import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { describeFailure, evaluatePostings, fallbackProfile, toolbarBadgeText } from '../../lib/evaluate-page';
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

describe('evaluatePostings', () => {
  it('scores each posting, stores it, and drafts a mailto for one with an address', async () => {
    const db = freshDb();
    const quiet = makePosting({ id: 'hackernews:101', boardJobId: '101', title: 'Office manager', company: 'Elsewhere', emails: [] });
    const results = await evaluatePostings(db, [remoteMlPosting, quiet], DEFAULT_PROFILE, Date.UTC(2026, 10, 1));

    expect(results.map((r) => r.postingId)).toEqual(['hackernews:100', 'hackernews:101']);
    expect(results[0]!.evaluation).toEqual(score(remoteMlPosting, DEFAULT_PROFILE));
    expect(results[0]!.mailto).toMatch(/^mailto:jobs@acme-data\.example\?/);
    expect(results[1]!.mailto).toBeNull();
    const { jobs } = await readAllJobs(db);
    expect(jobs.map((job) => job.id).sort()).toEqual(results.map((r) => r.jobId).sort());
    expect(results.every((r) => r.status === 'new')).toBe(true);
  });

  it('scores a half-read posting for the badge but never stores it', async () => {
    const db = freshDb();
    const partial = { ...remoteMlPosting, id: 'hackernews:102', boardJobId: '102', missing: ['title'] };
    const [result] = await evaluatePostings(db, [partial], DEFAULT_PROFILE);
    expect(result!.evaluation.score).toBe(score(partial, DEFAULT_PROFILE).score);
    expect((await readAllJobs(db)).jobs).toEqual([]);
  });

  it('keeps the status a job already has when the page is read again', async () => {
    const db = freshDb();
    const [first] = await evaluatePostings(db, [remoteMlPosting], DEFAULT_PROFILE);
    await db.jobs.update(first!.jobId, { status: 'applied' });
    const [again] = await evaluatePostings(db, [remoteMlPosting], DEFAULT_PROFILE);
    expect(again!.jobId).toBe(first!.jobId);
    expect(again!.status).toBe('applied');
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
