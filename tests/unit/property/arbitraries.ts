// Arbitrary model objects for property tests: valid by schema, with text from anywhere (odd Unicode, markup,
// header-injection attempts), so that a property holds for what strangers' pages can put in a posting.
import fc from 'fast-check';
import { EMPLOYMENT_TYPES, SALARY_PERIODS, WORKPLACES, type Posting } from '../../../lib/model';

const NASTY = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\r\nBcc: victim@example.org',
  '%0D%0ABcc:%20x@y.io', '?cc=x@y.io&bcc=z@y.io', 'a@b.io,c@d.io', '{{company}}', '{{ pitch }}', '\uD800', '\u202E', '\u0000',
  'ℛеmоtе ΜL', 'Fully remote, anywhere.', 'Machine learning engineer', 'open source maintainers', 'On-site only in Paris.',
  'Security clearance required.', '$120k–$160k', '€50/hour', 'contract', '&amp;#x3C;',
];

export const anyText = (maxLength = 200) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom(...NASTY),
    fc.array(fc.constantFrom(...NASTY), { maxLength: 6 }).map((parts) => parts.join(' ')),
  );

/** Addresses a posting plainly gives, as the strict address check accepts them. */
export const plainEmail = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._+-]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/), fc.constantFrom('io', 'com', 'org', 'co.uk'))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

const anyEmail = fc.oneof(
  plainEmail,
  plainEmail,
  fc.emailAddress(),
  anyText(80),
  fc.constantFrom('jobs@acme.io?cc=x@y.io', 'jobs@acme.io,x@y.io', 'jobs@acme.io%0ABcc:x@y.io', '"a b"@acme.io', 'jobs@acme.io\r\nBcc: x@y.io', 'a@b.c&body=x'),
);

export const anyPosting: fc.Arbitrary<Posting> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 60 }),
  board: fc.constantFrom('hackernews', 'linkedin', 'greenhouse', 'x'),
  boardJobId: fc.option(fc.string({ maxLength: 30 })),
  url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '')),
  applyUrl: fc.option(fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'vbscript:x'))),
  title: anyText(),
  company: anyText(),
  location: anyText(),
  workplace: fc.constantFrom(...WORKPLACES),
  remoteRegions: fc.array(anyText(40), { maxLength: 4 }),
  employment: fc.uniqueArray(fc.constantFrom(...EMPLOYMENT_TYPES), { maxLength: 4 }),
  salary: fc.option(
    fc.record({
      min: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
      max: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
      currency: fc.option(fc.string({ maxLength: 4 })),
      period: fc.option(fc.constantFrom(...SALARY_PERIODS)),
      text: fc.string({ maxLength: 30 }),
    }),
  ),
  datePosted: fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()))),
  description: fc.array(anyText(300), { maxLength: 8 }).map((parts) => parts.join('\n\n')),
  emails: fc.array(anyEmail, { maxLength: 4 }).map((emails) => emails.map((email) => email.slice(0, 320))),
  source: fc.constantFrom('jsonld', 'adapter', 'generic', 'import'),
  missing: fc.constant([]),
});
