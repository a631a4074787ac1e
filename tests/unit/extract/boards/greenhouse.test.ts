import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';
import { greenhouse } from '../../../../lib/extract/boards/greenhouse';
import { assertValidPostings, loadPage } from '../support';

describe.skipIf(!hasCorpus())('Greenhouse adapter on saved job-boards pages', () => {
  it('reads the GitLab posting: remote by its location, company from the page title', () => {
    const url = 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002';
    const extraction = extractPage(loadPage(greenhouse.testedOn[0]!, url), url);
    assertValidPostings(extraction);
    expect(extraction).toMatchObject({ board: 'greenhouse', kind: 'posting', health: { failedFields: [] } });
    const { posting, element } = extraction.items[0]!;
    expect(posting).toMatchObject({
      id: 'greenhouse:8620720002', title: 'Backend Engineer (Ruby), AI Engineering: Agent Observability', company: 'GitLab',
      location: 'Remote, Canada', workplace: 'remote', source: 'adapter', missing: [],
    });
    expect(posting.description.length).toBeGreaterThan(5700);
    expect(element?.classList.contains('job__header')).toBe(true);
  });

  it('drops the tracking parameter from the URL and reads an onsite location', () => {
    const url = 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007?gh_src=52f6efd97us';
    const { posting } = extractPage(loadPage(greenhouse.testedOn[1]!, url), url).items[0]!;
    expect(posting).toMatchObject({
      id: 'greenhouse:5071418007', url: 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007',
      title: 'Senior Staff AI Engineer', company: 'Sonatus', location: 'Sunnyvale, CA', workplace: 'unknown',
    });
  });
});

describe('Greenhouse adapter on markup it does not have a saved page for', () => {
  it('reads the old boards.greenhouse.io layout', () => {
    const url = 'https://boards.greenhouse.io/acme/jobs/777';
    const doc = parseHtml(
      `<html><head><title>Job Application for ML Engineer at Acme</title></head><body><div id="app_body"><div id="header">
        <h1 class="app-title">ML Engineer</h1><span class="company-name">at Acme</span><div class="location">Remote - Europe</div></div>
        <div id="content"><p>We build retrieval systems for ${'search '.repeat(30)}.</p></div></div></body></html>`,
      url,
    );
    expect(extractPage(doc, url).items[0]!.posting).toMatchObject({ id: 'greenhouse:777', title: 'ML Engineer', company: 'Acme', location: 'Remote - Europe', workplace: 'remote' });
  });

  it('reports the fields it missed when the markup changed, and lists them on the posting', () => {
    const url = 'https://job-boards.greenhouse.io/acme/jobs/778';
    const doc = parseHtml('<html><head><title>Job Application for X at Acme</title></head><body><div class="job__title"><h1>Data Engineer</h1></div></body></html>', url);
    const extraction = extractPage(doc, url);
    expect(extraction.health?.failedFields).toEqual(['description']);
    expect(extraction.items[0]!.posting.missing).toEqual(['description']);
  });

  it('reads a company board list with the company from the page title', () => {
    const url = 'https://job-boards.greenhouse.io/acme';
    const doc = parseHtml(
      `<html><head><title>Jobs at Acme</title></head><body><table><tr class="job-post"><td><a href="https://job-boards.greenhouse.io/acme/jobs/1">
        <p class="body body--medium">Data Engineer</p><p class="body body__secondary">Remote, US</p></a></td></tr></table></body></html>`,
      url,
    );
    expect(extractPage(doc, url).items.map((item) => item.posting)).toMatchObject([{ id: 'greenhouse:1', title: 'Data Engineer', company: 'Acme', location: 'Remote, US' }]);
  });
});
