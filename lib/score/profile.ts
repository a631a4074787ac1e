// The user's profile: the first user's defaults, validation with readable errors, and a stable hash so that stored
// evaluations can tell they were scored against an older profile.
import { Profile } from '../model';
import { CRITERION_INFO } from './criteria/catalog';

/**
 * Placeholders of `emailTemplate.subject` / `emailTemplate.body`, filled by lib/contact.ts:
 * - `{{company}}`  the posting's company
 * - `{{title}}`    the posting's job title
 * - `{{matched}}`  the labels of the criteria the posting meets, as a readable list ("remote, ML / data work and open source")
 * - `{{pitch}}`    `profile.pitch`
 * - `{{links}}`    `profile.links`, one per line
 * - `{{name}}`     `profile.name`
 */
export const TEMPLATE_PLACEHOLDERS = ['company', 'title', 'matched', 'pitch', 'links', 'name'] as const;

const DEFAULT_CRITERIA: Profile['criteria'] = Object.fromEntries(
  Object.values(CRITERION_INFO).map((criterion) => [criterion.id, { enabled: true, weight: criterion.defaultWeight, keywords: [] }]),
);

/** The first user: fully remote ML / data / retrieval work for an employer that values open source. */
export const DEFAULT_PROFILE: Profile = {
  schemaVersion: 1,
  name: '',
  email: '',
  pitch:
    'I have eight years of experience as a data analyst and ML practitioner, maintain open-source software, and write and teach about data work.',
  links: [],
  country: '',
  // The extension fills this from the browser on first run.
  timeZone: '',
  salaryFloor: null,
  employmentWanted: ['full-time', 'contract', 'part-time'],
  criteria: DEFAULT_CRITERIA,
  dealbreakers: {
    onsiteOnly: true,
    hybrid: true,
    relocation: true,
    securityClearance: true,
    regionExcludesUser: true,
    phrases: [],
  },
  thresholds: { match: 70, maybe: 45 },
  emailTemplate: {
    subject: '{{title}} at {{company}}',
    body: [
      'Hello {{company}} team,',
      '',
      'I read your posting for {{title}} and it fits what I am looking for: {{matched}}.',
      '',
      '{{pitch}}',
      '',
      '{{links}}',
      '',
      'Best regards,',
      '{{name}}',
    ].join('\n'),
  },
};

/** A profile from untrusted input (storage, an imported file, the options form); throws naming the bad field. */
export function parseProfile(input: unknown): Profile {
  const result = Profile.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(the profile itself)';
    return `${field}: ${issue.message}`;
  });
  throw new Error(`Invalid profile: ${problems.join('; ')}`);
}

/** A short, stable fingerprint of everything in the profile that changes scores or drafts. */
export function profileHash(profile: Profile): string {
  const canonical = canonicalJson(profile);
  // Two FNV-1a 32-bit hashes with different seeds: 64 bits, plenty to tell profile versions apart.
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < canonical.length; index++) {
    const code = canonical.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 13);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
