import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { linkedin } from '../../../../lib/extract/boards/linkedin';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';
import { loadPage } from '../support';
import { expectMatchesLabel, extractSaved } from './labelled';

const page = (name: string) => `pages/linkedin/${name}.html`;

describe.skipIf(!hasCorpus())('LinkedIn adapter on saved pages', () => {
  it('is tested on every saved LinkedIn page', () => {
    expect([...linkedin.testedOn].sort()).toEqual(
      [
        'linkedin_guest_jobview_fragment_2026_fatih0234', 'linkedin_guest_jobview_it_data_analyst_2024-06_bs4',
        'linkedin_guest_search_results_2019_hrissimir', 'linkedin_guest_search_results_2025-04_id_software_engineer',
        'linkedin_guest_search_results_2025-12_arcana261', 'linkedin_loggedin_jobs_based_on_profile_2023-09',
        'linkedin_loggedin_jobview_2023-09_michael_page_remote', 'linkedin_loggedin_jobview_sdui_2026-02_graduate_data_engineer',
      ].map(page),
    );
  });

  it('reads the guest job view fragment (h2 title, criteria list) under the id of its URL', () => {
    const extraction = expectMatchesLabel(page('linkedin_guest_jobview_fragment_2026_fatih0234'));
    expect(extraction.items[0]!.posting).toMatchObject({ id: 'linkedin:4369978519', source: 'adapter' });
    expect(extraction.health?.failedFields).toEqual([]);
  });

  it('reads the Italian guest job view: first flavor bullet only, "A tempo pieno" is full-time', () => {
    const extraction = expectMatchesLabel(page('linkedin_guest_jobview_it_data_analyst_2024-06_bs4'));
    expect(extraction.items[0]!.posting.location).not.toMatch(/candidati/);
    expect(extraction.items[0]!.element).not.toBeNull();
  });

  it('reads the 2019 and 2025 guest search layouts card by card, each under its own job id', () => {
    for (const name of ['linkedin_guest_search_results_2019_hrissimir', 'linkedin_guest_search_results_2025-04_id_software_engineer']) {
      const extraction = expectMatchesLabel(page(name));
      const ids = extraction.items.map((item) => item.posting.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => /^linkedin:\d{9,}$/.test(id))).toBe(true);
      expect(extraction.items.every((item) => item.element !== null && item.posting.url.includes('/jobs/view/'))).toBe(true);
    }
  });

  it('reads the December 2025 guest search (60 cards, salary in the title is not the location)', () => {
    const extraction = extractSaved(page('linkedin_guest_search_results_2025-12_arcana261'), 'https://www.linkedin.com/jobs/search?keywords=python');
    expect(extraction.kind).toBe('list');
    expect(extraction.items).toHaveLength(60);
    expect(extraction.items[0]!.posting).toMatchObject({
      boardJobId: '4337634700', title: 'Software Engineer - Python - Equity Trading - £250k',
      company: 'Paragon Alpha - Hedge Fund Talent Business', location: 'London Area, United Kingdom', missing: [],
    });
  });

  it('reads the logged-in 2023 job view: company and place split out of the one top-card line', () => {
    const extraction = expectMatchesLabel(page('linkedin_loggedin_jobview_2023-09_michael_page_remote'));
    expect(extraction.items).toHaveLength(1); // the similar-jobs cards are not the subject
    expect(extraction.items[0]!.posting).toMatchObject({ id: 'linkedin:3699284357', location: 'Boston, MA' });
  });

  it('skips the empty occluded placeholders of the logged-in list and merges the job pane into its card', () => {
    const extraction = extractSaved(page('linkedin_loggedin_jobs_based_on_profile_2023-09'), 'https://www.linkedin.com/jobs/collections/recommended/');
    expect(extraction.kind).toBe('list');
    expect(extraction.items).toHaveLength(11); // 24 list items, 13 of them not yet rendered
    expect(extraction.items.every(({ posting }) => posting.title && posting.company && posting.missing.length === 0)).toBe(true);
    const [first, , third] = extraction.items.map((item) => item.posting);
    expect(first).toMatchObject({
      id: 'linkedin:3713137331', title: 'AWS Cloud Developer', company: 'IRIS Consulting Corporation',
      location: 'Minnesota, United States', workplace: 'remote',
    });
    expect(first!.description).toMatch(/^Title: AWS Cloud Developer\n\nLocation: Minnesota, United States \(Remote\)/);
    expect(third).toMatchObject({ company: 'Collibra', location: 'Minneapolis, MN', salary: { min: 152000, currency: 'USD', period: 'year' } });
    expect(extraction.health?.failedFields).toEqual([]);
  });

  it('reads the 2026 server-driven job view from data-testid, componentkey, aria-label and its structure', () => {
    const extraction = extractSaved(page('linkedin_loggedin_jobview_sdui_2026-02_graduate_data_engineer'), 'https://www.linkedin.com/jobs/view/4374244548/');
    expect(extraction.kind).toBe('posting');
    const { posting, element } = extraction.items[0]!;
    expect(posting).toMatchObject({
      id: 'linkedin:4374244548', url: 'https://www.linkedin.com/jobs/view/4374244548/', title: 'Graduate Data Engineer',
      company: 'Flow Traders', location: 'Amsterdam, North Holland, Netherlands', workplace: 'onsite', employment: ['full-time'], missing: [],
    });
    expect(posting.description).toMatch(/^Do you want to work in a dynamic/);
    expect(posting.description).not.toMatch(/About the company/);
    expect(element?.textContent).toContain('Graduate Data Engineer');
  });
});

describe('LinkedIn adapter on the 2024–2025 logged-in markup (job-details-* names)', () => {
  it('reads the job pane and the list card, whose title link holds the title twice', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=data';
    const doc = parseHtml(
      `<html><body><ul><li class="ember-view scaffold-layout__list-item" data-occludable-job-id="4012345678"><div class="job-card-container" data-job-id="4012345678">
        <a class="job-card-container__link job-card-list__title--link" aria-label="Data Engineer" href="/jobs/view/4012345678/?trk=x"><span aria-hidden="true"><strong>Data Engineer</strong></span><span class="visually-hidden">Data Engineer</span></a>
        <div class="artdeco-entity-lockup__subtitle"><span>Acme</span></div><ul class="job-card-container__metadata-wrapper"><li>Berlin, Germany (Hybrid)</li></ul></div></li>
        <li class="ember-view scaffold-layout__list-item" data-occludable-job-id="4012345679"></li></ul>
        <div class="job-details-jobs-unified-top-card__container--two-pane">
          <div class="job-details-jobs-unified-top-card__company-name"><a href="https://www.linkedin.com/company/acme/life">Acme</a></div>
          <h1 class="job-details-jobs-unified-top-card__job-title"><a href="/jobs/view/4012345678/">Data Engineer</a></h1>
          <div class="job-details-jobs-unified-top-card__primary-description-container"><div><span>Berlin, Germany</span><span> · </span><span>2 weeks ago</span><span> · </span><span>Over 100 applicants</span></div></div>
          <div class="job-details-preferences-and-skills"><div><span>Hybrid</span></div><div><span>Full-time</span></div></div></div>
        <div id="job-details"><h2>About the job</h2><p>Airflow and dbt.</p></div></body></html>`,
      url,
    );
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('list');
    expect(extraction.items).toHaveLength(1); // the second card is an empty placeholder
    expect(extraction.items[0]!.posting).toMatchObject({
      id: 'linkedin:4012345678', url: 'https://www.linkedin.com/jobs/view/4012345678/', title: 'Data Engineer', company: 'Acme',
      location: 'Berlin, Germany', workplace: 'hybrid', employment: ['full-time'], description: 'Airflow and dbt.', missing: [],
    });
  });

  it('does not take a company named "Remote" for a remote job', () => {
    const url = 'https://www.linkedin.com/jobs/view/3700000001/';
    const doc = parseHtml(
      `<html><body><div class="jobs-unified-top-card"><h1 class="jobs-unified-top-card__job-title">Payroll Specialist</h1>
        <div class="jobs-unified-top-card__primary-description"><div><a href="https://www.linkedin.com/company/remote/">Remote</a> · Lisbon, Portugal 2 days ago · 12 applicants</div></div></div>
        <div id="job-details"><p>Office in Lisbon.</p></div></body></html>`,
      url,
    );
    expect(extractPage(doc, url).items[0]!.posting).toMatchObject({ company: 'Remote', location: 'Lisbon, Portugal', workplace: 'unknown' });
  });
});

describe.skipIf(!hasCorpus())('LinkedIn adapter on 2026 job cards', () => {
  const sduiPage = page('linkedin_loggedin_jobview_sdui_2026-02_graduate_data_engineer');

  it('keeps the "More jobs" suggestions under a job view out of the page\'s postings', () => {
    const extraction = extractSaved(sduiPage, 'https://www.linkedin.com/jobs/view/4374244548/');
    expect(extraction.kind).toBe('posting');
    expect(extraction.items).toHaveLength(1);
  });

  it('reads the saved page\'s own job cards when they stand in a result list', () => {
    const saved = loadPage(sduiPage, 'https://www.linkedin.com/jobs/view/4374244548/');
    const cards = [...saved.querySelectorAll('[data-view-name="job-card"][data-display-contents]')].map((card) => card.outerHTML);
    expect(cards).toHaveLength(12);
    const url = 'https://www.linkedin.com/jobs/search-results/?keywords=data%20engineer';
    const extraction = extractPage(parseHtml(`<html><body><main>${cards.join('')}</main></body></html>`, url), url);
    expect(extraction.kind).toBe('list');
    const postings = extraction.items.map((item) => item.posting);
    expect(postings).toHaveLength(12);
    expect(postings[0]).toMatchObject({ id: 'linkedin:4373329616', url: 'https://www.linkedin.com/jobs/view/4373329616/', title: 'Data Platform Engineer - OLAP', company: 'Adyen B.V.', location: 'Amsterdam', missing: [] });
    expect(postings[2]).toMatchObject({ title: 'Data Engineer', company: 'Elity Global', location: 'Amsterdam', workplace: 'onsite', datePosted: '2026-02-20' });
  });
});
