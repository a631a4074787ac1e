// Builders of valid model objects for tests: every field set, overridable one by one.
import type { CriterionResult, Evaluation, Job, Posting, Profile } from '../../lib/model';
import { fingerprint } from '../../lib/store/dedupe';

export function makePosting(overrides: Partial<Posting> = {}): Posting {
  const board = overrides.board ?? 'greenhouse';
  const boardJobId = overrides.boardJobId === undefined ? '1001' : overrides.boardJobId;
  return {
    id: `${board}:${boardJobId ?? 'x'}`,
    board,
    boardJobId,
    url: `https://boards.example/${board}/${boardJobId}`,
    applyUrl: null,
    title: 'Machine Learning Engineer',
    company: 'Acme Data',
    location: 'Remote',
    workplace: 'remote',
    remoteRegions: [],
    employment: ['full-time'],
    salary: null,
    datePosted: '2026-11-01',
    description: 'We build retrieval systems. You will train models and maintain our open source library.',
    emails: [],
    source: 'jsonld',
    missing: [],
    ...overrides,
  };
}

export function makeCriterion(overrides: Partial<CriterionResult> = {}): CriterionResult {
  return {
    id: 'remote',
    label: 'Fully remote',
    met: true,
    points: 30,
    maxPoints: 30,
    evidence: 'This is a fully remote role.',
    dealbreaker: false,
    ...overrides,
  };
}

export function makeEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    score: 80,
    verdict: 'match',
    workplace: 'remote',
    remoteScope: 'anywhere',
    remoteRegions: [],
    employment: ['full-time'],
    criteria: [
      makeCriterion(),
      makeCriterion({ id: 'ml-data', label: 'ML / data work', points: 30, evidence: 'You will train models.' }),
      makeCriterion({ id: 'open-source', label: 'Values open source', points: 20, evidence: 'maintain our open source library' }),
      makeCriterion({ id: 'salary', label: 'Salary above your floor', met: null, points: 0, maxPoints: 10, evidence: null }),
    ],
    conflicts: [],
    profileHash: 'test-profile',
    ...overrides,
  };
}

export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    schemaVersion: 1,
    name: 'Ada Example',
    email: 'ada@example.org',
    pitch: 'Eight years of data analysis, an open-source maintainer and a teacher.',
    links: ['https://github.com/ada-example', 'https://ada.example.org'],
    country: 'DE',
    timeZone: 'Europe/Berlin',
    salaryFloor: null,
    employmentWanted: ['full-time', 'contract'],
    criteria: {},
    dealbreakers: {
      onsiteOnly: true, hybrid: true, relocation: true, securityClearance: true, regionExcludesUser: true, phrases: [],
    },
    thresholds: { match: 70, maybe: 40 },
    emailTemplate: {
      subject: 'Application: {{title}} at {{company}}',
      body: 'Hello {{company}} team,\n\nI read your {{title}} posting.\n{{matched}}\n\n{{pitch}}\n\n{{links}}\n\n{{name}}',
    },
    ...overrides,
  };
}

/** A stored job as saveEvaluated would build it for a first sighting. */
export function makeJob(overrides: Partial<Job> = {}, now = Date.UTC(2026, 10, 1)): Job {
  const posting = overrides.posting ?? makePosting();
  const evaluation = overrides.evaluation ?? makeEvaluation();
  return {
    id: posting.id,
    posting,
    evaluation,
    sources: [{ postingId: posting.id, board: posting.board, url: posting.url, firstSeen: now, lastSeen: now }],
    fingerprint: fingerprint(posting),
    repostCount: 0,
    firstSeen: now,
    lastSeen: now,
    status: 'new',
    statusHistory: [{ status: 'new', at: now }],
    notes: '',
    hidden: false,
    score: evaluation.score,
    verdict: evaluation.verdict,
    board: posting.board,
    company: posting.company,
    remoteScope: evaluation.remoteScope,
    ...overrides,
  };
}
