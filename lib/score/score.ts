// Scores one posting against one profile: every enabled criterion explains its points with a sentence of the
// posting (or the metadata field), the total is the share of points earned, a dealbreaker forces "skip".
import type { CriterionResult, CriterionSettings, Evaluation, Posting, Profile, Verdict } from '../model';
import { CRITERIA } from './criteria';
import { ScoringContext } from './context';
import { profileHash } from './profile';

export { DEFAULT_PROFILE, parseProfile, profileHash } from './profile';

const MAX_EVIDENCE = 2_000;
/** Profiles are few and postings many: hash each profile object once. */
const hashes = new WeakMap<Profile, string>();

function settingsFor(profile: Profile, id: string, defaultWeight: number): CriterionSettings {
  return profile.criteria[id] ?? { enabled: true, weight: defaultWeight, keywords: [] };
}

function clip(text: string | null, max: number): string | null {
  return text === null || text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The evaluation of `posting` for `profile`. Pure; never throws (a broken criterion is reported, not fatal). */
export function score(posting: Posting, profile: Profile): Evaluation {
  try {
    return evaluate(posting, profile);
  } catch (error) {
    const reason = `This posting could not be scored: ${error instanceof Error ? error.message : String(error)}`;
    return unscored(reason.slice(0, 500), safeHash(profile));
  }
}

/** A skip with nothing read from the posting, and the reason shown where conflicts are. */
function unscored(reason: string, profileHash: string): Evaluation {
  return {
    score: 0,
    verdict: 'skip',
    workplace: 'unknown',
    remoteScope: null,
    remoteRegions: [],
    employment: [],
    criteria: [],
    conflicts: [reason],
    profileHash,
  };
}

function safeHash(profile: Profile): string {
  try {
    return profileHash(profile);
  } catch {
    return 'invalid-profile';
  }
}

function evaluate(posting: Posting, profile: Profile): Evaluation {
  let hash = hashes.get(profile);
  if (hash === undefined) {
    hash = profileHash(profile);
    hashes.set(profile, hash);
  }
  const context = new ScoringContext(posting, profile);
  if (context.seekerPost) {
    return unscored('This is a job seeker’s post (location, remote, willing to relocate, résumé), not a job ad.', hash);
  }
  const criteria: CriterionResult[] = [];
  let earned = 0;
  let possible = 0;
  let brokenBy: string | null = null;
  for (const criterion of CRITERIA) {
    const settings = settingsFor(profile, criterion.id, criterion.defaultWeight);
    if (!settings.enabled) continue;
    context.settings = settings;
    let outcome;
    try {
      outcome = criterion.evaluate(context);
    } catch (error) {
      outcome = { met: null, points: 0, evidence: `could not be judged: ${error instanceof Error ? error.message : String(error)}` };
    }
    const points = Math.max(0, Math.min(settings.weight, Number.isFinite(outcome.points) ? outcome.points : 0));
    earned += points;
    possible += settings.weight;
    if (outcome.dealbreaker) brokenBy ??= criterion.id;
    criteria.push({
      id: criterion.id,
      label: criterion.label,
      met: outcome.met,
      points: Math.round(points * 10) / 10,
      maxPoints: settings.weight,
      evidence: clip(outcome.evidence, MAX_EVIDENCE),
      dealbreaker: outcome.dealbreaker ?? false,
    });
  }
  const { match, maybe } = profile.thresholds;
  let total = possible > 0 ? Math.round((earned / possible) * 100) : 0;
  let verdict: Verdict = total >= match ? 'match' : total >= maybe ? 'maybe' : 'skip';
  if (brokenBy) {
    // A dealbreaker overrides the total: below the "maybe" line whatever else the posting offers.
    total = Math.min(total, Math.max(0, maybe - 1));
    verdict = 'skip';
  }
  const { workplace } = context;
  return {
    score: total,
    verdict,
    workplace: workplace.workplace,
    remoteScope: workplace.scope,
    remoteRegions: workplace.regions,
    employment: context.employment.types,
    criteria,
    conflicts: workplace.conflicts.map((conflict) => clip(conflict, 500)!),
    profileHash: hash,
  };
}
