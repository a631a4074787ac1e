import { describe, expect, it } from 'vitest';
import { after, labelled, parseDate, parseEmployment, parseSalary, parseWorkplace, split, url } from '../../../lib/extract/processors';

const ctx = { url: 'https://x.example/', element: null as unknown as Element };

describe('parseWorkplace', () => {
  it.each([
    ['Remote', 'remote'], ['REMOTE (US only)', 'remote'], ['TELECOMMUTE', 'remote'], ['Work from home', 'remote'],
    ['Hybrid', 'hybrid'], ['Remote or hybrid (2 days in office)', 'hybrid'], ['Onsite', 'onsite'], ['On-site', 'onsite'],
    ['In-office, no remote', 'onsite'], ['Berlin', null],
  ])('%s → %s', (text, expected) => expect(parseWorkplace(text)).toBe(expected));
});

describe('parseEmployment', () => {
  it.each([
    ['Full-time', ['full-time']], ['FULL_TIME', ['full-time']], ['Fulltime', ['full-time']], ['Part time', ['part-time']],
    ['Contract / Freelance', ['contract']], ['Full-Time OR Contract', ['full-time', 'contract']], ['INTERNS, ONSITE', ['internship']],
    ['A tempo pieno', ['full-time']], ['Berlin', []],
  ])('%s → %j', (text, expected) => expect(parseEmployment(text)).toEqual(expected));
});

describe('parseSalary', () => {
  it('reads symbols, k suffixes, ranges, codes and periods', () => {
    expect(parseSalary('$260K – $325K • Offers Equity')).toMatchObject({ min: 260000, max: 325000, currency: 'USD', period: 'year' });
    expect(parseSalary('€50k - 75k')).toMatchObject({ min: 50000, max: 75000, currency: 'EUR' });
    expect(parseSalary('£40,000 per year')).toMatchObject({ min: 40000, max: null, currency: 'GBP', period: 'year' });
    expect(parseSalary('33k - 49k GBP')).toMatchObject({ min: 33000, max: 49000, currency: 'GBP' });
    expect(parseSalary('$4,000 - $12,000/month')).toMatchObject({ min: 4000, max: 12000, period: 'month' });
    expect(parseSalary('$60/hour')).toMatchObject({ min: 60, currency: 'USD', period: 'hour' });
  });

  it('finds no salary in texts without a currency', () => {
    expect(parseSalary('155k-260k')).toBeNull();
    expect(parseSalary('Team of 12, founded 2019')).toBeNull();
    expect(parseSalary('')).toBeNull();
  });
});

describe('parseDate', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('keeps ISO dates and turns relative ages and named dates into ISO days', () => {
    expect(parseDate('2024-06-11T13:47:28.000Z', now)).toBe('2024-06-11T13:47:28.000Z');
    expect(parseDate('2025-09-23', now)).toBe('2025-09-23');
    expect(parseDate('3 days ago', now)).toBe('2026-03-07');
    expect(parseDate('Posted 2 weeks ago', now)).toBe('2026-02-24');
    expect(parseDate('a month ago', now)).toBe('2026-02-08');
    // A long run of digits took 31 s when each digit could start the count, and a count beyond any date threw.
    expect(parseDate(`${'1'.repeat(100_000)} x`, now)).toBeNull();
    expect(parseDate(`${'1'.repeat(100_000)} days ago`, now)).toBeNull();
    expect(parseDate('99999999 days ago', now)).toBeNull();
    expect(parseDate('Posted 130 days ago', now)).toBe('2025-10-31');
    expect(parseDate('Jan 2, 2019', now)).toBe('2019-01-02');
    expect(parseDate('someday', now)).toBeNull();
  });
});

describe('text processors', () => {
  it('split takes one part, negative indexes from the end', () => {
    expect(split(' · ', 1)('Acme · Berlin · 3 days ago', ctx)).toBe('Berlin');
    expect(split(' · ', -1)('Acme · Berlin · 3 days ago', ctx)).toBe('3 days ago');
    expect(split(' · ', 5)('Acme', ctx)).toBeNull();
  });

  it('after reads the text that follows a label', () => {
    expect(after('Employment type')('Seniority Mid Employment type: Full-time', ctx)).toBe('Full-time');
    expect(after('Employment type')('Seniority Mid', ctx)).toBeNull();
  });

  it('url makes hrefs absolute against the page and drops non-web links', () => {
    expect(url('/jobs/1?x=2', ctx)).toBe('https://x.example/jobs/1?x=2');
    expect(url('javascript:void(0)', ctx)).toBeNull();
  });

  it('labelled reads the line after a label line', () => {
    const text = 'Location\n\nSan Francisco, CA\n\nLocation Type\n\nHybrid';
    expect(labelled('Location Type')(text, ctx)).toBe('Hybrid');
    expect(labelled('location')(text, ctx)).toBe('San Francisco, CA');
    expect(labelled('Department')(text, ctx)).toBeNull();
  });
});
