// Scoring and the contact email over arbitrary postings: no posting can make score() throw or leave its range, and
// no title, company or address can smuggle a header or a second recipient into a mailto link.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftContact, gmailComposeUrl, mailtoUrl } from '../../../lib/contact';
import { Evaluation, Posting, type Profile } from '../../../lib/model';
import { DEFAULT_PROFILE } from '../../../lib/score/profile';
import { score } from '../../../lib/score/score';
import { anyPosting, anyText, plainEmail } from './arbitraries';

/** The default profile with user-typed parts changed: keywords and dealbreaker phrases are regex-hostile text. */
const anyProfile: fc.Arbitrary<Profile> = fc
  .record({
    phrases: fc.array(anyText(40), { maxLength: 4 }),
    keywords: fc.array(anyText(40), { maxLength: 4 }),
    match: fc.integer({ min: 0, max: 100 }),
    maybe: fc.integer({ min: 0, max: 100 }),
    subject: anyText(100),
    body: anyText(300),
    name: anyText(60),
  })
  .map(({ phrases, keywords, match, maybe, subject, body, name }) => ({
    ...DEFAULT_PROFILE,
    name,
    criteria: { ...DEFAULT_PROFILE.criteria, 'ml-data': { enabled: true, weight: 30, keywords } },
    dealbreakers: { ...DEFAULT_PROFILE.dealbreakers, phrases },
    thresholds: { match, maybe },
    emailTemplate: { subject: `${subject} {{title}} {{company}}`, body: `${body}\n{{evidence}}\n{{matched}}` },
  }));

describe('score() over arbitrary postings', () => {
  it('never throws and returns a schema-valid evaluation scored 0–100', () => {
    fc.assert(
      fc.property(anyPosting, fc.oneof(fc.constant(DEFAULT_PROFILE), anyProfile), (posting, profile) => {
        Posting.parse(posting);
        const evaluation = Evaluation.parse(score(posting, profile));
        expect(evaluation.score).toBeGreaterThanOrEqual(0);
        expect(evaluation.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });
});

/** Checks a mailto link the way a mail client reads it: one recipient, and no header but subject and body. */
function expectSingleRecipient(href: string, to: string): void {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  const recipient = decodeURIComponent(url.pathname);
  expect(recipient).toBe(to);
  expect(recipient).toMatch(/^[^\s,;?&%<>"@]+@[^\s,;?&%<>"@]+$/);
  expect([...url.searchParams.keys()].sort()).toEqual(['body', 'subject']);
  expect(href.split('?')).toHaveLength(2);
  expect(url.searchParams.get('subject')).not.toMatch(/[\r\n]/);
}

describe('the contact email over arbitrary postings and addresses', () => {
  it('a mailto link has exactly one recipient and only subject and body', () => {
    let drafted = 0;
    fc.assert(
      fc.property(anyPosting, anyProfile, fc.option(fc.oneof(plainEmail, fc.emailAddress(), anyText(80)), { nil: undefined }), (posting, profile, chosen) => {
        const draft = draftContact(posting, score(posting, profile), profile, chosen);
        if (!draft) return;
        drafted++;
        expectSingleRecipient(mailtoUrl(draft), draft.to);
        const gmail = new URL(gmailComposeUrl(draft));
        expect(gmail.origin).toBe('https://mail.google.com');
        expect(gmail.searchParams.getAll('to')).toEqual([draft.to]);
        expect([...gmail.searchParams.keys()].sort()).toEqual(['body', 'fs', 'su', 'to', 'view']);
      }),
      { numRuns: 300 },
    );
    // The property means something only if plenty of drafts were made.
    expect(drafted).toBeGreaterThan(50);
  });

  it('an address with a header or a second recipient in it is never drafted to', () => {
    const smuggling = fc
      .tuple(fc.emailAddress(), fc.constantFrom('?cc=x@y.io', ',x@y.io', ';x@y.io', '%0ABcc:x@y.io', '\r\nBcc: x@y.io', '&body=x', ' x@y.io', '%2C x@y.io'))
      .map(([address, tail]) => address + tail);
    fc.assert(
      fc.property(anyPosting, smuggling, (posting, address) => {
        const withAddress = { ...posting, emails: [address] };
        expect(draftContact(withAddress, score(withAddress, DEFAULT_PROFILE), DEFAULT_PROFILE)).toBeNull();
        expect(draftContact(withAddress, score(withAddress, DEFAULT_PROFILE), DEFAULT_PROFILE, address)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
