import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { wellfound } from '../../../../lib/extract/boards/wellfound';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';
import { expectMatchesLabel, extractSaved } from './labelled';

describe.skipIf(!hasCorpus())('Wellfound adapter on the saved DataDome captcha page', () => {
  it('reads no posting from the captcha, wherever it was served', () => {
    expectMatchesLabel(wellfound.testedOn[0]!);
    expect(extractSaved(wellfound.testedOn[0]!, 'https://wellfound.com/jobs/3012345-data-engineer')).toMatchObject({ board: 'wellfound', kind: 'none', items: [] });
  });
});

describe('Wellfound adapter on a job page', () => {
  it('reads the JSON-LD posting under the job id of the URL', () => {
    const url = 'https://wellfound.com/jobs/3012345-data-engineer';
    const jsonLd = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Engineer', description: '<p>Remote (US). Build our pipelines.</p>', hiringOrganization: { '@type': 'Organization', name: 'Acme' }, employmentType: 'FULL_TIME' };
    const doc = parseHtml(
      `<html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><main><h1>Data Engineer</h1><a href="/company/acme">Acme</a></main></body></html>`,
      url,
    );
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('posting');
    expect(extraction.items[0]!.posting).toMatchObject({
      id: 'wellfound:3012345', url, title: 'Data Engineer', company: 'Acme', employment: ['full-time'], source: 'jsonld', missing: [],
    });
  });

  it('does not take the heading of a company page for a posting', () => {
    const url = 'https://wellfound.com/company/acme';
    const doc = parseHtml('<html><body><main><h1>Acme</h1><p>We build things.</p></main></body></html>', url);
    expect(extractPage(doc, url)).toMatchObject({ kind: 'none', items: [] });
  });
});
