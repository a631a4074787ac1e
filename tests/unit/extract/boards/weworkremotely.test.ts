import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { weworkremotely } from '../../../../lib/extract/boards/weworkremotely';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';
import { expectMatchesLabel, extractSaved } from './labelled';

const [allJobs, homepage] = weworkremotely.testedOn;

describe.skipIf(!hasCorpus())('We Work Remotely adapter on saved list pages', () => {
  it('reads 243 distinct postings from 246 cards: two ads left out, a featured duplicate counted once', () => {
    const extraction = expectMatchesLabel(allJobs!);
    const postings = extraction.items.map((item) => item.posting);
    expect(new Set(postings.map((p) => p.id)).size).toBe(243);
    expect(postings.every((p) => p.workplace === 'remote' && p.url.startsWith('https://weworkremotely.com/remote-jobs/'))).toBe(true);
    expect(postings.some((p) => /Paying \$130k to \$250k|Work when you want/i.test(p.title) || p.url.includes('listing_ads'))).toBe(false);
    expect(postings[0]).toMatchObject({
      title: 'Senior Product Manager', company: 'Toggl', location: 'Anywhere in the World', employment: ['full-time'],
      salary: { min: 75000, max: 99999, currency: 'USD', text: '$75,000 - $99,999 USD' },
    });
    // Region chips are the location (flags dropped); badges, types and salary bands are not.
    expect(postings.every((p) => !/featured|top 100|full-time|\$|[\u{1F1E6}-\u{1F1FF}]/iu.test(p.location))).toBe(true);
    expect(postings.some((p) => p.location.includes('United States of America'))).toBe(true);
    expect(postings.find((p) => p.salary?.text === '$100,000 or more USD')?.salary).toMatchObject({ min: 100000, max: null });
    expect(extraction.health?.failedFields).toEqual([]);
  });

  it('reads the rendered homepage list', () => {
    const extraction = extractSaved(homepage!, 'https://weworkremotely.com/');
    expect(extraction.kind).toBe('list');
    expect(extraction.items).toHaveLength(50);
    expect(extraction.items.every(({ posting, element }) => posting.title && posting.company && element?.matches('li'))).toBe(true);
    expect(extraction.items[0]!.posting).toMatchObject({ company: 'DataAnnotation.tech', location: 'North America Only, EMEA Only, Asia Only', employment: ['contract'] });
  });
});

describe('We Work Remotely adapter on a job page', () => {
  it('reads the header, the region line of the job facts and the description; the job is remote', () => {
    const url = 'https://weworkremotely.com/remote-jobs/acme-data-engineer';
    const doc = parseHtml(
      `<html><head><link rel="canonical" href="${url}"></head><body><div class="lis-container">
        <div class="lis-container__header"><h1 class="lis-container__header__hero__company-info__title">Data Engineer</h1></div>
        <div class="lis-container__job"><div class="lis-container__job__content"><div class="lis-container__job__content__description"><p>Python and SQL.</p></div></div>
        <div class="lis-container__job__sidebar"><h3 class="lis-container__job__sidebar__companyDetails__info__title">Acme</h3>
        <ul class="lis-container__job__sidebar__job-about__list"><li>Job type <span>Full-Time</span></li><li>Region <span>Europe Only</span></li></ul></div></div>
      </div></body></html>`,
      url,
    );
    expect(extractPage(doc, url).items[0]!.posting).toMatchObject({
      id: 'weworkremotely:acme-data-engineer', title: 'Data Engineer', company: 'Acme', location: 'Europe Only', workplace: 'remote',
      employment: ['full-time'], description: 'Python and SQL.', missing: [],
    });
  });
});
