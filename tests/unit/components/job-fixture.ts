// Model-valid jobs for component tests, built by hand so that the views are tested apart from the scorer.
import { Evaluation, Job, Posting } from '../../../lib/model';

export function makePosting(overrides: Partial<Posting> = {}): Posting {
  return Posting.parse({
    id: 'greenhouse:1',
    board: 'greenhouse',
    boardJobId: '1',
    url: 'https://boards.greenhouse.io/acme/jobs/1',
    applyUrl: 'https://boards.greenhouse.io/acme/jobs/1#app',
    title: 'Senior Data Engineer',
    company: 'Acme',
    location: 'Remote',
    workplace: 'remote',
    remoteRegions: [],
    employment: ['full-time'],
    salary: null,
    datePosted: '2026-11-20',
    description: 'We maintain open-source data tools. Fully remote.',
    emails: ['jobs@acme.example'],
    source: 'jsonld',
    missing: [],
    ...overrides,
  });
}

export function makeEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return Evaluation.parse({
    score: 82,
    verdict: 'match',
    workplace: 'remote',
    remoteScope: 'anywhere',
    remoteRegions: [],
    employment: ['full-time'],
    criteria: [
      { id: 'remote', label: 'Fully remote', met: true, points: 30, maxPoints: 30, evidence: 'Fully remote.' },
      { id: 'open-source', label: 'Values open source', met: true, points: 20, maxPoints: 20, evidence: 'We maintain open-source data tools.' },
      { id: 'salary', label: 'Salary above your floor', met: null, points: 0, maxPoints: 10, evidence: null },
    ],
    conflicts: [],
    profileHash: 'test',
    ...overrides,
  });
}

export function makeJob(overrides: Partial<Job> & { posting?: Posting; evaluation?: Evaluation } = {}): Job {
  const posting = overrides.posting ?? makePosting();
  const evaluation = overrides.evaluation ?? makeEvaluation();
  const at = Date.UTC(2026, 10, 25, 12);
  return Job.parse({
    id: posting.id,
    posting,
    evaluation,
    sources: [{ postingId: posting.id, board: posting.board, url: posting.url, firstSeen: at, lastSeen: at }],
    fingerprint: `${posting.company}|${posting.title}`.toLowerCase(),
    repostCount: 0,
    firstSeen: at,
    lastSeen: at,
    status: 'new',
    statusHistory: [{ status: 'new', at }],
    notes: '',
    hidden: false,
    score: evaluation.score,
    verdict: evaluation.verdict,
    board: posting.board,
    company: posting.company,
    remoteScope: evaluation.remoteScope,
    ...overrides,
  });
}
