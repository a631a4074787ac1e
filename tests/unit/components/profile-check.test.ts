import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../../entrypoints/options/validate';
import type { Profile } from '../../../lib/model';

const valid: Profile = {
  schemaVersion: 1,
  name: 'Ada',
  email: 'ada@example.org',
  pitch: 'Data person.',
  links: ['https://github.com/ada'],
  country: 'de',
  timeZone: 'Europe/Berlin',
  salaryFloor: { amount: 90_000, currency: 'EUR', period: 'year' },
  employmentWanted: ['full-time'],
  criteria: { remote: { enabled: true, weight: 30, keywords: ['distributed'] } },
  dealbreakers: { onsiteOnly: true, hybrid: true, relocation: true, securityClearance: true, regionExcludesUser: true, phrases: [] },
  thresholds: { match: 70, maybe: 45 },
  emailTemplate: { subject: '{{title}}', body: 'Hello' },
};

function errorsOf(profile: unknown): Record<string, string> {
  const result = checkProfile(profile);
  return result.ok ? {} : result.errors;
}

describe('checkProfile', () => {
  it('accepts a valid profile and upper-cases the country', () => {
    const result = checkProfile(valid);
    expect(result.ok && result.profile.country).toBe('DE');
  });

  it('puts each schema problem on the field it belongs to, in words', () => {
    expect(errorsOf({ ...valid, criteria: { remote: { enabled: true, weight: 150, keywords: [] } } })).toEqual({
      'criteria.remote.weight': 'At most 100.',
    });
    expect(errorsOf({ ...valid, criteria: { remote: { enabled: true, weight: Number.NaN, keywords: [] } } })).toEqual({
      'criteria.remote.weight': 'Enter a number.',
    });
    expect(errorsOf({ ...valid, salaryFloor: { amount: 0, currency: 'E', period: 'year' } })).toEqual({
      'salaryFloor.amount': 'Must be more than 0.',
      'salaryFloor.currency': 'Use a three-letter currency code, e.g. EUR.',
    });
    expect(errorsOf({ ...valid, employmentWanted: [] })).toEqual({ employmentWanted: 'Pick at least one.' });
    expect(errorsOf({ ...valid, country: 'DEU' })).toEqual({ country: 'At most 2 characters.' });
  });

  it('checks what the schema cannot: address, country code, time zone, thresholds, links', () => {
    expect(errorsOf({ ...valid, email: 'ada at example' })).toHaveProperty('email');
    expect(errorsOf({ ...valid, country: '1x' })).toHaveProperty('country');
    expect(errorsOf({ ...valid, timeZone: 'Mars/Olympus' })).toHaveProperty('timeZone');
    expect(errorsOf({ ...valid, thresholds: { match: 40, maybe: 60 } })).toHaveProperty(['thresholds.maybe']);
    expect(errorsOf({ ...valid, links: ['https://ok.example', 'not a link'] })).toEqual({ links: 'Line 2 is not a web address (https://…).' });
  });

  it('lets optional fields stay empty', () => {
    expect(checkProfile({ ...valid, email: '', country: '', timeZone: '', links: [], salaryFloor: null }).ok).toBe(true);
  });
});
