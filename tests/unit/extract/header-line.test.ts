import { describe, expect, it } from 'vitest';
import { parseHeaderLine, titleFromText } from '../../../lib/extract/header-line';

describe('parseHeaderLine', () => {
  it('classifies segments in any order', () => {
    expect(parseHeaderLine('ClubCollect | Backend Software Engineer | Amsterdam | REMOTE')).toMatchObject({
      company: 'ClubCollect', title: 'Backend Software Engineer', location: 'Amsterdam', workplace: 'remote',
    });
    expect(parseHeaderLine('Routific | Vancouver, BC | Full-Time, Onsite | https://routific.com')).toMatchObject({
      company: 'Routific', title: '', location: 'Vancouver, BC', workplace: 'onsite', employment: ['full-time'], applyUrl: 'https://routific.com',
    });
  });

  it('reads a batch or funding segment as neither the role nor the place', () => {
    expect(parseHeaderLine('Hyperspell | YC F25 | San Francisco, ONSITE | $150k-220k')).toMatchObject({ company: 'Hyperspell', title: '', location: 'San Francisco, ONSITE' });
    expect(parseHeaderLine('CoinTracker | Senior Software Engineer | YC W18 | REMOTE (Global)').location).toBe('REMOTE (Global)');
    expect(parseHeaderLine('Acme | Full-Time | Remote in US & CAN | SaaS B2B Software | Series B | 16M Funding').location).toBe('Remote in US & CAN');
  });

  it('reads a role with its place in parentheses as the role', () => {
    expect(parseHeaderLine('Acme | Senior Distributed System Engineer (Toronto/Berlin) | Full Time | https://acme.io/')).toMatchObject({
      title: 'Senior Distributed System Engineer (Toronto/Berlin)',
    });
    expect(parseHeaderLine('Acme | Front End Developer, Test Automation | Melbourne Australia | ONSITE').title).toBe('Front End Developer, Test Automation');
  });

  it('takes a link written at the end of a segment for the apply link, not as part of the field', () => {
    expect(parseHeaderLine('Acme | Engineers | Onsite / remote (US only) | $80k-$170k https://acme.engineering/')).toMatchObject({
      title: 'Engineers', salary: '$80k-$170k', applyUrl: 'https://acme.engineering/',
    });
    expect(parseHeaderLine('Acme | Senior Full-stack Engineer - https://acme.com/ | Remote').title).toBe('Senior Full-stack Engineer');
    expect(parseHeaderLine('Acme | ONSITE/remote in Europe | Apply at https://jobs.acme.com/community-builder').title).toBe('');
  });

  it('takes a remote segment for the location when no place is named', () => {
    expect(parseHeaderLine('Acme | Staff Engineer | REMOTE(US) | Full-Time')).toMatchObject({ location: 'REMOTE(US)', workplace: 'remote' });
  });

  it('keeps salaries apart and strips contract words before the role', () => {
    expect(parseHeaderLine('Acme | Full-time, remote (or local) developer/architect | Remote (global) | $95k-$250k')).toMatchObject({
      title: 'developer/architect', location: 'Remote (global)', salary: '$95k-$250k',
    });
  });

  it('splits a place written after the company link, without the arrangement words', () => {
    expect(parseHeaderLine('Agency X, Research Office (https://x.gov), Duluth, MN or Durham, NC ONSITE (telework for now) | Software Engineer')).toMatchObject({
      company: 'Agency X, Research Office', location: 'Duluth, MN or Durham, NC', title: 'Software Engineer',
    });
    expect(parseHeaderLine('Slab | Software Engineer | San Francisco, CA or Remote').location).toBe('San Francisco, CA or Remote');
  });

  it('leaves the company link out of the name and reads a role written into the company segment', () => {
    expect(parseHeaderLine('TalkJS (https://talkjs.com) | Eindhoven | REMOTE').company).toBe('TalkJS');
    expect(parseHeaderLine('BioRender (https://biorender.com/) YC W18 | Senior Frontend Engineer | Toronto').company).toBe('BioRender YC W18');
    expect(parseHeaderLine('Poki — http://jobs.poki.com | Amsterdam | Onsite').company).toBe('Poki');
    expect(parseHeaderLine('Highrise (YC S18) - Senior Android Developer | REMOTE | Full-time')).toMatchObject({ company: 'Highrise (YC S18)', title: 'Senior Android Developer', location: 'REMOTE' });
  });

  it('takes a segment that is neither a known role nor a place for the role when a place is named', () => {
    expect(parseHeaderLine('Industry Dive | Scrummaster | Washington, DC | ONSITE')).toMatchObject({ title: 'Scrummaster', location: 'Washington, DC' });
    expect(parseHeaderLine('Indigo | Back-end, front-end, DevOps, PM, Data Science | Boston, MA')).toMatchObject({ title: 'Back-end, front-end, DevOps, PM, Data Science', location: 'Boston, MA' });
  });

  it('reads the freelancer thread form and gives nothing for a line without separators', () => {
    expect(parseHeaderLine('SEEKING FREELANCER | Acme | Data Engineer | Remote').company).toBe('Acme');
    expect(parseHeaderLine('We are hiring engineers in Berlin.')).toMatchObject({ company: '', title: '', location: '' });
  });
});

describe('titleFromText: the role of a post whose header names none', () => {
  it.each([
    ['Freetrade | London (ONSITE) | Full-time\nOur team is expanding, and we’re seeking software engineers to evolve our platform.', 'Software engineers'],
    ['Milyli | Chicago, IL | Onsite\nWe are looking for a Backend Engineer to join us.', 'Backend Engineer'],
    ['Location: Seattle. Hybrid.\nTitle: Knowledge Development Engineer II\nCompany: Remitly', 'Knowledge Development Engineer II'],
    ['Acme | NYC\nWe’re looking for our first customer success engineer.', 'Customer success engineer'],
    ['Acme | Remote\nWe are hiring passionate and talented full-stack engineers.', 'Full-stack engineers'],
    ['Acme | Cambridge, MA | Full time\nPrincipal Engineer (Cryptography + Rust)\nWe are hiring a principal engineer.', 'Principal Engineer (Cryptography + Rust)'],
    ['Acme | San Francisco | ONSITE\nAcme builds checkout software for online shops.\nTechnical Writer\nAs our first technical writer, you will write guides.', 'Technical Writer'],
  ])('%s → %s', (text, title) => {
    expect(titleFromText(text)).toBe(title);
  });

  it('names no role when the text hires for none, and reads a "Position:" line only when it names one', () => {
    expect(titleFromText('Acme | Boston | Onsite\nAcme makes software for hospitals.')).toBe('');
    expect(titleFromText('heavy full-stack developer, 5+y experience\nPosition: remote, CET (+-2h)\nType: contract')).toBe('');
  });
});
