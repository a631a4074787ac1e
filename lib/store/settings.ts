// Settings records: the user's profile and the companies they blocked. Each value is validated when read; a bad
// stored value falls back to a default and says why, it never stops the extension.
import { Profile } from '../model';
import { z } from '../zod';
import { guarded, type JobDb } from './db';
import { issueText, parsedOrThrow } from './records';

const PROFILE_KEY = 'profile';
const BLOCKED_COMPANIES_KEY = 'blockedCompanies';
const BlockedCompanies = z.array(z.string());

export interface LoadedProfile {
  profile: Profile;
  /** Whether `profile` is the stored one rather than the fallback. */
  fromStorage: boolean;
  /** Why the stored profile was not used, or null when it was (or none was stored). */
  problem: string | null;
}

export async function loadProfileWithProblem(db: JobDb, fallback: Profile): Promise<LoadedProfile> {
  const stored = await guarded(() => db.settings.get(PROFILE_KEY));
  if (!stored) return { profile: fallback, fromStorage: false, problem: null };
  const parsed = Profile.safeParse(stored.value);
  if (parsed.success) return { profile: parsed.data, fromStorage: true, problem: null };
  return {
    profile: fallback,
    fromStorage: false,
    problem: `The saved profile is invalid (${issueText(parsed.error)}); using the default profile instead.`,
  };
}

export async function loadProfile(db: JobDb, fallback: Profile): Promise<Profile> {
  const { profile, problem } = await loadProfileWithProblem(db, fallback);
  if (problem) console.warn(`JobFit: ${problem}`);
  return profile;
}

export async function saveProfile(db: JobDb, profile: Profile): Promise<void> {
  const valid = parsedOrThrow(Profile, profile, 'Profile not saved');
  await guarded(() => db.settings.put({ key: PROFILE_KEY, value: valid }));
}

/** Normalised names (see normalizeCompany) of the companies the user hid; a bad stored list counts as empty. */
export async function blockedCompanies(db: JobDb): Promise<Set<string>> {
  const stored = await guarded(() => db.settings.get(BLOCKED_COMPANIES_KEY));
  const parsed = BlockedCompanies.safeParse(stored?.value ?? []);
  return new Set(parsed.success ? parsed.data : []);
}

export async function setBlockedCompanies(db: JobDb, companyKeys: Set<string>): Promise<void> {
  await guarded(() => db.settings.put({ key: BLOCKED_COMPANIES_KEY, value: [...companyKeys].sort() }));
}
