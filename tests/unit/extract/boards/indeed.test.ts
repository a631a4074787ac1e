import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { indeed } from '../../../../lib/extract/boards/indeed';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';
import { expectMatchesLabel, extractSaved } from './labelled';

const [pane2026, serp2024] = indeed.testedOn;

describe.skipIf(!hasCorpus())('Indeed adapter on saved result pages', () => {
  it('reads the 2024 list (BeautifulSoup-prettified) card by card, salary and job type from the chips', () => {
    const extraction = expectMatchesLabel(serp2024!);
    const postings = extraction.items.map((item) => item.posting);
    expect(new Set(postings.map((p) => p.id)).size).toBe(15);
    expect(postings.every((p) => /^indeed:[0-9a-f]{16}$/.test(p.id) && p.url === `https://www.indeed.com/viewjob?jk=${p.boardJobId}`)).toBe(true);
    expect(postings[1]).toMatchObject({ title: 'Caregiver', employment: ['full-time'], salary: { min: 19, currency: 'USD', period: 'hour' } });
    expect(postings.every((p) => !/css-|\{/.test(p.title + p.company + p.location))).toBe(true); // no inline <style> text
  });

  it('reads the 2026 list and merges the job pane, with its full description, into the selected card', () => {
    const url = 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html';
    const extraction = extractSaved(pane2026!, url);
    expect(extraction).toMatchObject({ board: 'indeed', kind: 'list', health: { failedFields: [] } });
    expect(extraction.items).toHaveLength(16);
    const [pane, second, third] = extraction.items.map((item) => item.posting);
    expect(pane).toMatchObject({
      id: 'indeed:b974b400e0228d67', title: 'PHP Developer – PHP, JavaScript, JSON', company: 'AceOne Technologies',
      location: 'Jonesboro, AR 72401', emails: ['info@aceonetechnologies.com'], missing: [],
    });
    expect(pane!.description.length).toBeGreaterThan(1500);
    expect(pane!.applyUrl).toMatch(/^https:\/\/www\.indeed\.com\/applystart\?jk=b974b400e0228d67/);
    expect(second).toMatchObject({ title: 'iOS/android Developers', company: 'AceOne Technologies' });
    expect(second!.description).toMatch(/^• 1\+ Years of iOS Programming experience\./);
    expect(third).toMatchObject({ location: 'Remote in United States', workplace: 'remote' });
  });
});

describe('Indeed adapter on a /viewjob page', () => {
  it('reads header, job details and description under the job key of the URL', () => {
    const url = 'https://uk.indeed.com/viewjob?jk=0123456789abcdef&from=serp';
    const doc = parseHtml(
      `<html><body><div class="jobsearch-ViewJobLayout-jobDisplay"><div class="jobsearch-InfoHeaderContainer">
        <h1 class="jobsearch-JobInfoHeader-title" data-testid="jobsearch-JobInfoHeader-title"><span>Data Scientist<span> - job post</span></span></h1>
        <div data-testid="inlineHeader-companyName"><style>.x{color:red}</style><a href="/cmp/Acme">Acme Analytics</a></div>
        <div data-testid="inlineHeader-companyLocation"><div>Remote in London</div></div></div>
        <div id="salaryInfoAndJobType"><span>£60,000 - £70,000 a year</span> - <span>Permanent, Full-time</span></div>
        <div id="jobDescriptionText"><p>Build models in Python.</p><p>Write to jobs@acme.example.</p></div></div></body></html>`,
      url,
    );
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('posting');
    expect(extraction.items[0]!.posting).toMatchObject({
      id: 'indeed:0123456789abcdef', url: 'https://uk.indeed.com/viewjob?jk=0123456789abcdef', title: 'Data Scientist',
      company: 'Acme Analytics', location: 'Remote in London', workplace: 'remote', employment: ['full-time'],
      salary: { min: 60000, max: 70000, currency: 'GBP', period: 'year' }, emails: ['jobs@acme.example'], missing: [],
    });
  });
});
