// Checks an edited profile with the Profile schema (plus what the schema cannot know, e.g. a real time zone) and
// words each problem for the field it belongs to.
import { Profile } from '../../lib/model';
import type { z } from '../../lib/zod';

export type FieldErrors = Record<string, string>;
export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; errors: FieldErrors };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.join('.');
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' ? 'Enter a number.' : `Expected ${issue.expected}.`;
    case 'too_big':
      if (issue.origin === 'string') return `At most ${issue.maximum} characters.`;
      if (issue.origin === 'array') return `At most ${issue.maximum} entries.`;
      return `At most ${issue.maximum}.`;
    case 'too_small':
      if (path === 'salaryFloor.currency') return 'Use a three-letter currency code, e.g. EUR.';
      if (issue.origin === 'string') return `At least ${issue.minimum} characters.`;
      if (issue.origin === 'array') return issue.minimum === 1 ? 'Pick at least one.' : `At least ${issue.minimum} entries.`;
      return issue.inclusive ? `At least ${issue.minimum}.` : `Must be more than ${issue.minimum}.`;
    default:
      return issue.message;
  }
}

export function checkProfile(draft: unknown): ProfileCheck {
  const parsed = Profile.safeParse(draft);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= describe(issue);
    return { ok: false, errors };
  }
  const profile = parsed.data;
  if (profile.email && !EMAIL.test(profile.email)) errors.email = 'This does not look like an email address.';
  if (profile.country && !/^[A-Za-z]{2}$/.test(profile.country)) errors.country = 'Use a two-letter country code, e.g. DE.';
  if (profile.timeZone && !isTimeZone(profile.timeZone)) errors.timeZone = 'Unknown time zone; use a name like Europe/Berlin.';
  if (profile.thresholds.maybe > profile.thresholds.match) errors['thresholds.maybe'] = 'The "maybe" threshold must not exceed the "match" one.';
  profile.links.forEach((link, index) => {
    if (!/^https?:\/\/\S+$/.test(link)) errors.links ??= `Line ${index + 1} is not a web address (https://…).`;
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, profile: { ...profile, country: profile.country.toUpperCase() } };
}
