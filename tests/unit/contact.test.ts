import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeEvaluation, makePosting, makeProfile } from './factories';
import { DEFAULT_PROFILE } from '../../lib/score/score';
import {
  clipboardText, draftContact, fillTemplate, gmailComposeUrl, isSafeAddress, mailtoUrl, rankAddresses,
} from '../../lib/contact';

const profile = makeProfile();

/** What a mail client reads from a mailto: URL: recipients and headers. */
function parseMailto(url: string): { to: string[]; headers: Record<string, string> } {
  expect(url.startsWith('mailto:')).toBe(true);
  const [path, query = ''] = url.slice('mailto:'.length).split('?');
  const headers: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const [name, value = ''] = pair.split('=');
    headers[decodeURIComponent(name).toLowerCase()] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(path).split(','), headers };
}

describe('choosing the address', () => {
  it('prefers a hiring address at the company domain, then a person, over generic ones; never noreply', () => {
    const posting = makePosting({
      company: 'Acme Data Inc.',
      emails: ['noreply@acmedata.com', 'info@acmedata.com', 'jane.doe@acmedata.com', 'careers@acmedata.com', 'jobs@gmail.com'],
    });
    expect(rankAddresses(posting)).toEqual(['careers@acmedata.com', 'jane.doe@acmedata.com', 'jobs@gmail.com', 'info@acmedata.com']);
    const draft = draftContact(posting, makeEvaluation(), profile);
    expect(draft?.to).toBe('careers@acmedata.com');
    expect(draft?.alternatives).toEqual(['jane.doe@acmedata.com', 'jobs@gmail.com', 'info@acmedata.com']);
  });

  it('returns null when the posting has no usable address', () => {
    expect(draftContact(makePosting({ emails: [] }), makeEvaluation(), profile)).toBeNull();
    expect(draftContact(makePosting({ emails: ['no-reply@acme.com', 'do-not-reply@acme.com'] }), makeEvaluation(), profile)).toBeNull();
  });

  it('drafts to the alternative the user picked, and refuses an unsafe one', () => {
    const posting = makePosting({ emails: ['jobs@acme.io', 'sam@acme.io'] });
    const draft = draftContact(posting, makeEvaluation(), profile, 'sam@acme.io');
    expect(draft).toMatchObject({ to: 'sam@acme.io', alternatives: ['jobs@acme.io'] });
    expect(draftContact(posting, makeEvaluation(), profile, 'sam@acme.io?cc=x@evil.com')).toBeNull();
  });

  it.each([
    'jobs@acme.com%0Abcc:evil@x.com', 'jobs@acme.com\r\nBcc: evil@x.com', 'jobs@acme.com?cc=evil@x.com',
    'jobs@acme.com&bcc=evil@x.com', 'jobs@acme.com,evil@x.com', 'jobs@acme.com;evil@x.com', 'jo%62s@acme.com',
    '"jobs"@acme.com', 'jobs @acme.com', 'jobs@acme..com', 'jobs@-acme.com', '.jobs@acme.com',
  ])('rejects the crafted address %j', (address) => {
    expect(isSafeAddress(address)).toBe(false);
    expect(rankAddresses(makePosting({ emails: [address] }))).toEqual([]);
    expect(() => mailtoUrl({ to: address, alternatives: [], subject: 's', body: 'b' })).toThrow(/Not a plain email address/);
    expect(() => gmailComposeUrl({ to: address, alternatives: [], subject: 's', body: 'b' })).toThrow();
  });
});

describe('the drafted email', () => {
  it('fills every placeholder from the posting, the evaluation and the profile', () => {
    const template = { subject: '{{title}} at {{company}}', body: '{{matched}}\n{{evidence}}\n{{pitch}}\n{{links}}\n{{name}} {{unknown}}' };
    const evaluation = makeEvaluation();
    const draft = draftContact(makePosting({ emails: ['jobs@acmedata.com'] }), evaluation, makeProfile({ emailTemplate: template }));
    expect(draft?.subject).toBe('Machine Learning Engineer at Acme Data');
    expect(draft?.body.split('\n')).toEqual([
      'Fully remote, ML / data work and Values open source',
      '- Fully remote: “This is a fully remote role.”',
      '- ML / data work: “You will train models.”',
      '- Values open source: “maintain our open source library”',
      profile.pitch,
      ...profile.links,
      'Ada Example {{unknown}}',
    ]);
  });

  it('leaves no gaps where the posting names no role or company and the profile has no links or name', () => {
    const bare = makeProfile({ name: '', links: [], emailTemplate: DEFAULT_PROFILE.emailTemplate });
    const untitled = draftContact(makePosting({ title: '', emails: ['jobs@acmedata.com'] }), makeEvaluation(), bare)!;
    expect(untitled.subject).toBe('The open role at Acme Data');
    expect(untitled.body).toContain('I read your posting for the open role and it fits');
    expect(untitled.body).not.toMatch(/\n{3}|\s$/);
    const unnamed = draftContact(makePosting({ company: '', emails: ['jobs@acmedata.com'] }), { ...makeEvaluation(), criteria: [] }, bare)!;
    expect(unnamed.subject).toBe('Machine Learning Engineer');
    expect(unnamed.body.split('\n').slice(0, 3)).toEqual(['Hello team,', '', 'I read your posting for Machine Learning Engineer and it fits what I am looking for.']);
  });

  it('never expands a placeholder written inside posting text', () => {
    const posting = makePosting({ company: '{{name}} Corp', title: '{{pitch}}' });
    expect(fillTemplate('{{company}} / {{title}}', posting, makeEvaluation(), profile)).toBe('{{name}} Corp / {{pitch}}');
  });

  it('keeps the subject on one line whatever the title holds', () => {
    const posting = makePosting({ title: 'Engineer\r\nBcc: evil@x.com', emails: ['jobs@acmedata.com'] });
    const draft = draftContact(posting, makeEvaluation(), profile)!;
    expect(draft.subject).toBe('Application: Engineer Bcc: evil@x.com at Acme Data');
    expect(clipboardText(draft).split('\n').slice(0, 3)).toEqual(['To: jobs@acmedata.com', `Subject: ${draft.subject}`, '']);
  });
});

describe('mailto and Gmail URLs', () => {
  it('encode hostile titles and bodies so they cannot add recipients or headers', () => {
    const posting = makePosting({
      title: 'Data Engineer?cc=evil@x.com&bcc=evil2@x.com %0ABcc:evil3@x.com',
      company: 'Acme, Inc.; <evil@x.com>',
      emails: ['jobs@acmedata.com'],
    });
    const draft = draftContact(posting, makeEvaluation(), profile)!;
    const { to, headers } = parseMailto(mailtoUrl(draft));
    expect(to).toEqual(['jobs@acmedata.com']);
    expect(Object.keys(headers).sort()).toEqual(['body', 'subject']);
    expect(headers.subject).toBe(draft.subject);
    expect(headers.body).toBe(draft.body.replace(/\n/g, '\r\n'));

    const gmail = new URL(gmailComposeUrl(draft));
    expect(gmail.origin + gmail.pathname).toBe('https://mail.google.com/mail/');
    expect([...gmail.searchParams.keys()]).toEqual(['view', 'fs', 'to', 'su', 'body']);
    expect(gmail.searchParams.get('to')).toBe('jobs@acmedata.com');
    expect(gmail.searchParams.get('su')).toBe(draft.subject);
    expect(gmail.searchParams.get('body')).toBe(draft.body);
  });

  it('hold any subject and body exactly, with only subject and body headers (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, body) => {
        const draft = { to: 'jobs@acme.io', alternatives: [], subject, body };
        const { to, headers } = parseMailto(mailtoUrl(draft));
        expect(to).toEqual(['jobs@acme.io']);
        expect(Object.keys(headers).sort()).toEqual(['body', 'subject']);
        expect(headers.subject).not.toMatch(/[\r\n]/);
        expect(headers.body).toBe(body.replace(/\r\n?|\n/g, '\r\n'));
      }),
    );
  });
});
