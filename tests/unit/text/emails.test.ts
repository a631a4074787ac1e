import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../lib/text/emails';

describe('findEmails', () => {
  it.each([
    ['Write to jobs@acme.io.', ['jobs@acme.io']],
    ['Email me@Foo.COM. We reply within a day.', ['me@foo.com']],
    ['<a href="mailto:Hiring@Acme.com">apply</a>', ['hiring@acme.com']],
    ['jobs at acme dot com', ['jobs@acme.com']],
    ['jobs [at] acme [dot] io', ['jobs@acme.io']],
    ['jobs(at)acme.com', ['jobs@acme.com']],
    ['ping tyler AT hustle DOT com', ['tyler@hustle.com']],
    ['write to megan DOT dose AT peek DOT com', ['megan.dose@peek.com']],
    ['email pradeep dot mishra @ nielsen dot com', ['pradeep.mishra@nielsen.com']],
    ['reach out to me directly: jacob {@} wearekettle.com', ['jacob@wearekettle.com']],
    ['Contact julien _AT_ serpapi.com', ['julien@serpapi.com']],
    ['a resume (or similar): adnelso @at amazon.com', ['adnelso@amazon.com']],
    ['shoot me an email at tony (dot) baron at-sign lendkey.com', ['tony.baron@lendkey.com']],
    ['email xav at otta.com with questions', ['xav@otta.com']],
  ])('%s → %j', (text, expected) => {
    expect(findEmails(text)).toEqual(expected);
  });

  it.each([
    'I am at home at last. firstname at acme.com is not an address.',
    'Find us at acme.com or email us at our website.',
    'Senior Engineer at Privacy.com, apply at lyft.com',
    'Use firstname@company.com as a template.',
    'Our logo@2x.png is crisp.',
    'Visit us at www.acme.com',
  ])('finds no address in: %s', (text) => {
    expect(findEmails(text)).toEqual([]);
  });

  it('keeps the whole address when "me at" precedes a real one', () => {
    expect(findEmails('email me at jane.doe@acme.com')).toEqual(['jane.doe@acme.com']);
  });

  it('forms the address from a riddle only with the company’s own domain', () => {
    expect(findEmails('Acme | Austin\nEmail me: my first name, evan, at acme’s domain.')).toEqual(['evan@acme.com']);
    expect(findEmails('Apply at https://www.widgets.io/careers or email me (def + @<company address>).')).toEqual(['def@widgets.io']);
    expect(findEmails('Email me at our domain.')).toEqual([]);
  });

  it('lists each address once, in order', () => {
    expect(findEmails('b@x.com, a@y.com and again b@x.com')).toEqual(['b@x.com', 'a@y.com']);
  });
});
