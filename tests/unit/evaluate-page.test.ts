import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  describeFailure, everyRulePosting, fallbackProfile, savePostings, scorePostings, toolbarBadgeText, WARM_UP_POSTING,
} from '../../lib/evaluate-page';
import { Posting } from '../../lib/model';
import { DEFAULT_PROFILE } from '../../lib/score/profile';
import { score } from '../../lib/score/score';
import { readAllJobs } from '../../lib/store/jobs';
import { anchorWords, scanAnchors } from '../../lib/text/anchors';
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
  it('scores each posting, storing nothing and leaving the contact link to savePostings', async () => {
    const quiet = makePosting({ id: 'hackernews:101', boardJobId: '101', title: 'Office manager', company: 'Elsewhere', emails: [] });
    const scored = scorePostings([remoteMlPosting, quiet], DEFAULT_PROFILE);
    expect(scored.map((r) => r.postingId)).toEqual(['hackernews:100', 'hackernews:101']);
    expect(scored[0]!.evaluation).toEqual(score(remoteMlPosting, DEFAULT_PROFILE));
    expect(scored[1]!.evaluation).toEqual(score(quiet, DEFAULT_PROFILE));
    expect(scored.every((r) => !('mailto' in r))).toBe(true);
  });
});

describe('WARM_UP_POSTING', () => {
  it('is a valid posting that reaches the main rules of the scorer', () => {
    expect(Posting.safeParse(WARM_UP_POSTING).success).toBe(true);
    const evaluation = score(WARM_UP_POSTING, DEFAULT_PROFILE);
    const met = new Map(evaluation.criteria.map((criterion) => [criterion.id, criterion.met]));
    for (const id of ['remote', 'ml-data', 'open-source', 'employment']) expect(met.get(id), id).toBe(true);
    expect(evaluation.remoteRegions.length).toBeGreaterThan(0);
  });
});

describe('warmUpScorer', () => {
  it('warms up on a posting that holds every anchor word of every rule', () => {
    const posting = everyRulePosting();
    expect(Posting.safeParse(posting).success).toBe(true);
    const lower = posting.description.toLowerCase();
    const found = new Set(scanAnchors(lower).flat().map((hit) => lower.slice(hit.start, hit.end)));
    expect(anchorWords().length).toBeGreaterThan(100);
    expect(anchorWords().filter((word) => !found.has(word))).toEqual([]);
  });
});

describe('savePostings', () => {
  it('scores and stores each whole posting and says which job it became', async () => {
    const db = freshDb();
    const quiet = makePosting({ id: 'hackernews:101', boardJobId: '101', title: 'Office manager', company: 'Elsewhere', emails: [] });
    const { saved, verdicts } = await savePostings(db, [remoteMlPosting, quiet], DEFAULT_PROFILE, Date.UTC(2026, 10, 1));
    expect(saved.map((r) => r.postingId)).toEqual(['hackernews:100', 'hackernews:101']);
    expect(verdicts).toEqual([
      ['hackernews:100', score(remoteMlPosting, DEFAULT_PROFILE).verdict],
      ['hackernews:101', score(quiet, DEFAULT_PROFILE).verdict],
    ]);
    const { jobs } = await readAllJobs(db);
    expect(jobs.map((job) => job.id).sort()).toEqual(saved.map((r) => r.jobId).sort());
    expect(jobs.find((job) => job.id === saved[0]!.jobId)!.score).toBe(score(remoteMlPosting, DEFAULT_PROFILE).score);
    expect(jobs.every((job) => job.status === 'new')).toBe(true);
  });

  it('drafts a mailto for each stored posting that gives an address', async () => {
    const db = freshDb();
    const quiet = makePosting({ id: 'hackernews:101', boardJobId: '101', title: 'Office manager', company: 'Elsewhere', emails: [] });
    const { saved } = await savePostings(db, [remoteMlPosting, quiet], DEFAULT_PROFILE);
    expect(saved[0]!.mailto).toMatch(/^mailto:jobs@acme-data\.example\?/);
    expect(saved[1]!.mailto).toBeNull();
  });

  it('finds the addresses a board script left in the description (it sends mailto links only)', async () => {
    const fromBoardScript = { ...remoteMlPosting, description: remoteMlPosting.description.replace('Email jobs@acme-data.example.', 'Write to ana at acme-data dot io.'), emails: [] };
    const { saved } = await savePostings(freshDb(), [fromBoardScript], DEFAULT_PROFILE);
    expect(saved[0]!.mailto).toMatch(/^mailto:ana@acme-data\.io\?/);
  });

  it('stores its own evaluation and the addresses of the description, whatever the page sent with the posting', async () => {
    const db = freshDb();
    const sent = { ...remoteMlPosting, emails: [], evaluation: { score: 100, verdict: 'match' } } as unknown as Posting;
    const { saved } = await savePostings(db, [sent], DEFAULT_PROFILE);
    const { jobs } = await readAllJobs(db);
    const job = jobs.find((entry) => entry.id === saved[0]!.jobId)!;
    expect(job.score).toBe(score(remoteMlPosting, DEFAULT_PROFILE).score);
    expect(job.posting.emails).toEqual(['jobs@acme-data.example']);
  });

  it('never stores a half-read posting', async () => {
    const db = freshDb();
    const partial = { ...remoteMlPosting, id: 'hackernews:102', boardJobId: '102', missing: ['title'] };
    expect((await savePostings(db, [partial], DEFAULT_PROFILE)).saved).toEqual([]);
    expect((await readAllJobs(db)).jobs).toEqual([]);
  });

  it('stores a chunk sent twice (a retry after a stopped worker) once, keeping the status the job has', async () => {
    const db = freshDb();
    const { saved: [first] } = await savePostings(db, [remoteMlPosting], DEFAULT_PROFILE);
    await db.jobs.update(first!.jobId, { status: 'applied' });
    const { saved: [again] } = await savePostings(db, [remoteMlPosting], DEFAULT_PROFILE);
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
