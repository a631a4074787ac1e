import { describe, expect, it } from 'vitest';
import { smartrecruiters } from '../../../../lib/extract/boards/smartrecruiters';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';

// No SmartRecruiters page was saved: these pages follow the public markup the adapter was built from.
describe('SmartRecruiters adapter (untested on saved pages)', () => {
  it('says what it was built from and counts as an ATS', () => {
    expect(smartrecruiters).toMatchObject({ testedOn: [], isAts: true, untested: expect.stringContaining('No saved SmartRecruiters page') });
  });

  it('reads a job page: microdata header, job details, st-* sections, id from the URL', () => {
    const url = 'https://jobs.smartrecruiters.com/AcmeCorp/744000012345678-senior-data-engineer?trid=abc';
    const doc = parseHtml(
      `<html><body><main class="jobad-main job"><div class="job-header"><h1 class="job-title" itemprop="title">Senior Data Engineer</h1>
        <ul class="job-details"><li class="job-detail" itemprop="jobLocation"><spl-job-location formattedaddress="Berlin, Germany" workplace-type="Hybrid"></spl-job-location></li>
        <li class="job-detail" itemprop="employmentType">Full-time</li></ul></div>
        <div itemprop="hiringOrganization" itemscope><meta itemprop="name" content="Acme Corp"></div>
        <div class="job-sections"><section id="st-jobDescription"><h2>Job Description</h2><p>Spark and Python pipelines.</p></section>
        <section id="st-additionalInformation"><p>Questions: jobs@acme.example</p></section></div></main></body></html>`,
      url,
    );
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('posting');
    expect(extraction.items[0]!.posting).toMatchObject({
      id: 'smartrecruiters:744000012345678', url: 'https://jobs.smartrecruiters.com/AcmeCorp/744000012345678',
      title: 'Senior Data Engineer', company: 'Acme Corp', location: 'Berlin, Germany', workplace: 'hybrid',
      employment: ['full-time'], emails: ['jobs@acme.example'], missing: [],
    });
  });

  it('reads the openings of a company list', () => {
    const url = 'https://careers.smartrecruiters.com/AcmeCorp';
    const doc = parseHtml(
      `<html><head><meta property="og:title" content="Acme Corp Careers"></head><body><ul><li class="opening-job job column wide-7of16 medium-1of2">
        <a href="https://jobs.smartrecruiters.com/AcmeCorp/744000012345678-senior-data-engineer" class="details link--block"><h4 class="details-title job-title link--block-target">Senior Data Engineer</h4>
        <p class="details-desc job-desc"><span class="job-location">Berlin, Germany</span></p></a></li></ul></body></html>`,
      url,
    );
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('list');
    expect(extraction.items[0]!.posting).toMatchObject({ id: 'smartrecruiters:744000012345678', title: 'Senior Data Engineer', company: 'Acme Corp', location: 'Berlin, Germany' });
  });
});
