import { describe, expect, it } from 'vitest';
import { Evaluation, Profile, type Posting } from '../../../lib/model';
import { TEMPLATE_PLACEHOLDERS } from '../../../lib/score/profile';
import { DEFAULT_PROFILE, parseProfile, profileHash, score } from '../../../lib/score/score';
import { posting } from './fixtures';

const IDEAL = 'Acme | Senior Machine Learning Engineer | Remote (worldwide) | Full-time\nOur core library is open source and you will maintain it.';

describe('score', () => {
  it('returns a valid Evaluation with the default criteria and evidence for every met criterion', () => {
    const evaluation = score(posting({ description: IDEAL }), DEFAULT_PROFILE);
    expect(Evaluation.parse(evaluation)).toEqual(evaluation);
    const ids = evaluation.criteria.map((criterion) => criterion.id);
    expect(ids).toEqual(expect.arrayContaining(['remote', 'ml-data', 'open-source', 'employment', 'seniority', 'salary', 'teaching', 'dealbreakers']));
    for (const criterion of evaluation.criteria) if (criterion.met === true && criterion.id !== 'dealbreakers') expect(criterion.evidence).toBeTruthy();
    expect(evaluation).toMatchObject({ workplace: 'remote', remoteScope: 'anywhere', employment: ['full-time'], verdict: 'match' });
    expect(evaluation.score).toBeGreaterThanOrEqual(DEFAULT_PROFILE.thresholds.match);
    expect(evaluation.profileHash).toBe(profileHash(DEFAULT_PROFILE));
  });

  it('a job seeker’s post is not a job ad: no workplace, no match, and the reason is given', () => {
    const description = 'Location: Porto, Portugal\nRemote: Yes\nWilling to relocate: No\nTechnologies: Python, PyTorch, dbt\nRésumé/CV: https://example.org/cv.pdf';
    const evaluation = score(posting({ description }), DEFAULT_PROFILE);
    expect(Evaluation.parse(evaluation)).toEqual(evaluation);
    expect(evaluation).toMatchObject({ workplace: 'unknown', verdict: 'skip', score: 0 });
    expect(evaluation.conflicts.join(' ')).toMatch(/job seeker/);
  });

  it('a job ad that mentions relocation and a résumé is still a job ad', () => {
    const description = 'Acme | Data Engineer | Remote (worldwide)\nRelocation: not needed. Email: jobs@acme.example with your résumé.';
    expect(score(posting({ description }), DEFAULT_PROFILE).workplace).toBe('remote');
  });

  it('ranks a partial fit between a full fit and a dealbreaker', () => {
    const full = score(posting({ description: IDEAL }), DEFAULT_PROFILE);
    const partial = score(posting({ description: 'Acme | Backend Engineer | Remote | Full-time' }), DEFAULT_PROFILE);
    const onsite = score(posting({ description: 'Acme | ML Engineer | Onsite in Paris' }), DEFAULT_PROFILE);
    expect(full.score).toBeGreaterThan(partial.score);
    expect(partial.score).toBeGreaterThan(onsite.score);
    expect(onsite.verdict).toBe('skip');
    expect(onsite.score).toBeLessThan(DEFAULT_PROFILE.thresholds.maybe);
  });

  it('follows the profile: weights, disabled criteria and thresholds', () => {
    const onlyOss: Profile = {
      ...DEFAULT_PROFILE,
      criteria: Object.fromEntries(Object.keys(DEFAULT_PROFILE.criteria).map((id) => [id, { enabled: id === 'open-source', weight: 10, keywords: [] }])),
      thresholds: { match: 90, maybe: 50 },
    };
    const evaluation = score(posting({ description: 'We maintain open-source libraries.' }), onlyOss);
    expect(evaluation.criteria.map((criterion) => criterion.id)).toEqual(['open-source']);
    expect(evaluation.score).toBe(100);
    expect(evaluation.verdict).toBe('match');
  });

  it('uses board metadata when the text is silent, and names a disagreement', () => {
    const silent = score(posting({ description: 'Build our API.', workplace: 'remote', remoteRegions: ['Canada'] }), DEFAULT_PROFILE);
    expect(silent).toMatchObject({ workplace: 'remote', remoteScope: 'restricted', remoteRegions: ['Canada'] });
    expect(silent.criteria.find((criterion) => criterion.id === 'remote')!.evidence).toContain('metadata: remoteRegions=Canada');

    const disagreeing = score(posting({ description: 'You will work 3 days a week in our Berlin office.', workplace: 'remote' }), DEFAULT_PROFILE);
    expect(disagreeing.workplace).toBe('hybrid');
    expect(disagreeing.conflicts).toHaveLength(1);
    expect(disagreeing.conflicts[0]).toContain('remote');
    expect(disagreeing.conflicts[0]).toContain('3 days a week in our Berlin office');
  });

  it('never throws, even on a malformed posting', () => {
    const broken = { ...posting({ description: 'x' }), description: undefined } as unknown as Posting;
    const evaluation = score(broken, DEFAULT_PROFILE);
    expect(evaluation.verdict).toBe('skip');
    expect(evaluation.conflicts[0]).toContain('could not be scored');
  });

  // One line of 100,000 characters, no sentence end: each took 1.1 to 3.7 s when every mention in it read the whole
  // line (or, for ", data", every word of the run was tried as a list of role areas), a frozen worker per posting.
  it.each([
    ['"ml/" repeated', 'ml/', 'unknown'],
    ['", data" repeated', ',data ', 'unknown'],
    ['"remote" repeated', 'remote ', 'remote'],
  ] as const)('finishes on a one-line posting of %s', (_name, unit, workplace) => {
    const evaluation = score(posting({ description: unit.repeat(Math.ceil(100_000 / unit.length)) }), DEFAULT_PROFILE);
    expect(Evaluation.parse(evaluation)).toEqual(evaluation);
    expect(evaluation).toMatchObject({ workplace, verdict: 'skip' });
    expect(evaluation.criteria.find((criterion) => criterion.id === 'ml-data')?.met).toBe(false);
  });

  it('is pure: the same input gives the same output', () => {
    const input = posting({ description: IDEAL });
    expect(score(input, DEFAULT_PROFILE)).toEqual(score(structuredClone(input), structuredClone(DEFAULT_PROFILE)));
  });
});

describe('profile', () => {
  it('the default profile is valid and wants remote ML/data work for an open-source employer', () => {
    expect(parseProfile(DEFAULT_PROFILE)).toEqual(DEFAULT_PROFILE);
    expect(DEFAULT_PROFILE.employmentWanted).toEqual(expect.arrayContaining(['full-time', 'contract', 'part-time']));
    expect(DEFAULT_PROFILE.country).toBe('');
    expect(DEFAULT_PROFILE.timeZone).toBe('');
  });

  it('the email template uses only the documented placeholders', () => {
    const used = [...`${DEFAULT_PROFILE.emailTemplate.subject}${DEFAULT_PROFILE.emailTemplate.body}`.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(TEMPLATE_PLACEHOLDERS).toContain(name);
  });

  it('parseProfile names the bad field', () => {
    expect(() => parseProfile({ ...DEFAULT_PROFILE, thresholds: { match: 'high', maybe: 40 } })).toThrow(/thresholds\.match/);
    expect(() => parseProfile({ ...DEFAULT_PROFILE, employmentWanted: [] })).toThrow(/employmentWanted/);
    expect(() => parseProfile(null)).toThrow(/Invalid profile/);
  });

  it('profileHash is stable across key order and changes with any setting', () => {
    const reordered = Object.fromEntries(Object.entries(DEFAULT_PROFILE).reverse()) as Profile;
    expect(profileHash(reordered)).toBe(profileHash(DEFAULT_PROFILE));
    expect(profileHash({ ...DEFAULT_PROFILE, country: 'DE' })).not.toBe(profileHash(DEFAULT_PROFILE));
    expect(profileHash(DEFAULT_PROFILE)).toMatch(/^[0-9a-f]{16}$/);
  });
});
