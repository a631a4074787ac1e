import { describe, expect, it } from 'vitest';
import { remotive } from '../../../../lib/extract/boards/remotive';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';

// No Remotive page was saved: these pages follow the public markup the adapter was built from.
describe('Remotive adapter (untested on saved pages)', () => {
  it('says what it was built from', () => {
    expect(remotive).toMatchObject({ testedOn: [], untested: expect.stringContaining('No saved Remotive page') });
  });

  it('reads the job tiles of a list: "Company · Location" split, id from the job URL, every job remote', () => {
    const url = 'https://remotive.com/remote-jobs/data';
    const doc = parseHtml(
      `<html><body><ul id="initial_job_list"><li><div class="job-tile"><a class="job-tile-title" href="/remote-jobs/data/senior-data-engineer-2091048">Senior Data Engineer</a>
        <p>Tribe Wellness · USA, CST (UTC-6)</p><span class="remotive-tag-transparent">Data</span></div></li></ul></body></html>`,
      url,
    );
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('list');
    expect(extraction.items[0]!.posting).toMatchObject({
      id: 'remotive:2091048', url: 'https://remotive.com/remote-jobs/data/senior-data-engineer-2091048', title: 'Senior Data Engineer',
      company: 'Tribe Wellness', location: 'USA, CST (UTC-6)', workplace: 'remote', missing: [],
    });
  });

  it('reads a job page from its JSON-LD under the id of its URL', () => {
    const url = 'https://remotive.com/remote-jobs/data/senior-data-engineer-2091048';
    const jsonLd = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Senior Data Engineer', description: '<p>dbt and Python.</p>', hiringOrganization: { name: 'Tribe Wellness' }, employmentType: 'FULL_TIME', jobLocationType: 'TELECOMMUTE' };
    const doc = parseHtml(`<html><head><link rel="canonical" href="${url}"><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><h1>Senior Data Engineer</h1></body></html>`, url);
    expect(extractPage(doc, url).items[0]!.posting).toMatchObject({
      id: 'remotive:2091048', title: 'Senior Data Engineer', company: 'Tribe Wellness', workplace: 'remote', employment: ['full-time'], missing: [],
    });
  });
});
