import { describe, expect, it } from 'vitest';
import { himalayas } from '../../../../lib/extract/boards/himalayas';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';

// No Himalayas page was saved: these pages follow the public markup and API fields the adapter was built from.
const job = (title: string, companyName: string, slug: string, extra: Record<string, unknown> = {}) => ({
  title, companyName, companySlug: companyName.toLowerCase(), employmentType: 'Full Time', minSalary: null, maxSalary: null,
  currency: null, salaryPeriod: 'annual', locationRestrictions: ['United States'], description: `<p>${title} at ${companyName}.</p>`,
  pubDate: 1783731532, guid: `https://himalayas.app/companies/${companyName.toLowerCase()}/jobs/${slug}`, ...extra,
});

describe('Himalayas adapter (untested on saved pages)', () => {
  it('says what it was built from', () => {
    expect(himalayas).toMatchObject({ testedOn: [], untested: expect.stringContaining('No saved Himalayas page') });
  });

  it('reads the jobs of a list page from its Next.js data, all remote, regions from the location restrictions', () => {
    const url = 'https://himalayas.app/jobs/data-science';
    const data = { props: { pageProps: { jobs: [
      job('Data Scientist', 'Acme', 'data-scientist', { minSalary: 120000, maxSalary: 150000, currency: 'USD' }),
      job('ML Engineer', 'Beta', 'ml-engineer', { locationRestrictions: [], employmentType: 'Contractor' }),
    ] } } };
    const doc = parseHtml(`<html><body><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script></body></html>`, url);
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('list');
    expect(extraction.items.map((item) => item.posting)).toMatchObject([
      { id: 'himalayas:acme/data-scientist', url: 'https://himalayas.app/companies/acme/jobs/data-scientist', title: 'Data Scientist', company: 'Acme',
        location: 'United States', workplace: 'remote', remoteRegions: ['United States'], employment: ['full-time'],
        salary: { min: 120000, max: 150000, currency: 'USD', period: 'year' }, datePosted: '2026-07-11', description: 'Data Scientist at Acme.' },
      { id: 'himalayas:beta/ml-engineer', location: 'Worldwide', remoteRegions: [], employment: ['contract'], salary: null },
    ]);
  });

  it('reads a job page from its JSON-LD under the company/slug key', () => {
    const url = 'https://himalayas.app/companies/acme/jobs/data-scientist';
    const jsonLd = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Scientist', description: '<p>Python, SQL.</p>', hiringOrganization: { name: 'Acme' }, jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'United States' } };
    const doc = parseHtml(`<html><head><link rel="canonical" href="${url}"><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><main><h1>Data Scientist</h1></main></body></html>`, url);
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('posting');
    expect(extraction.items[0]!.posting).toMatchObject({ id: 'himalayas:acme/data-scientist', title: 'Data Scientist', company: 'Acme', workplace: 'remote', missing: [] });
  });
});
