import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';
import { lever } from '../../../../lib/extract/boards/lever';
import { assertValidPostings, loadPage } from '../support';

const ID = 'f222ad5c-b7dd-43c4-9008-ee1a53174afa';

describe.skipIf(!hasCorpus())('Lever adapter on the saved apply page', () => {
  it('reads the header and categories, names the posting URL (not /apply), finds the footer contact', () => {
    const url = `https://jobs.lever.co/highspot/${ID}/apply`;
    const extraction = extractPage(loadPage(lever.testedOn[0]!, url), url);
    assertValidPostings(extraction);
    expect(extraction).toMatchObject({ board: 'lever', kind: 'posting', health: { failedFields: [] } });
    expect(extraction.items[0]!.posting).toMatchObject({
      id: `lever:${ID}`, url: `https://jobs.lever.co/highspot/${ID}`, applyUrl: `https://jobs.lever.co/highspot/${ID}/apply`,
      title: 'Principal Software Engineer, Applied AI', company: 'Highspot', location: 'Seattle', workplace: 'hybrid',
      employment: ['full-time'], emails: ['recops@highspot.com'], description: '',
    });
  });
});

describe('Lever adapter on a posting page and a company list', () => {
  it('reads the description sections of the posting page under the same id as its apply page', () => {
    const url = `https://jobs.lever.co/acme/${ID}`;
    const doc = parseHtml(
      `<html><head><title>Acme - Data Engineer</title></head><body><div class="content-wrapper posting-page"><div class="content">
        <div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header"><div class="posting-headline"><h2>Data Engineer</h2>
        <div class="posting-categories"><div class="location">Remote /</div><div class="commitment">Contract /</div></div></div></div></div>
        <div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description"><p>Pipelines in Python.</p></div>
        <div class="section page-centered"><h3>Requirements</h3><ul><li>SQL</li></ul></div></div></div></div></body></html>`,
      url,
    );
    expect(extractPage(doc, url).items[0]!.posting).toMatchObject({
      id: `lever:${ID}`, company: 'Acme', location: 'Remote', workplace: 'remote', employment: ['contract'],
      description: 'Pipelines in Python.\n\nRequirements\n\n• SQL',
    });
  });

  it('reads every card of a company list', () => {
    const url = 'https://jobs.lever.co/acme';
    const doc = parseHtml(
      `<html><head><title>Acme</title></head><body><div class="postings-group"><div class="posting" data-qa-posting-id="${ID}">
        <a class="posting-title" href="https://jobs.lever.co/acme/${ID}"><h5 data-qa="posting-name">ML Engineer</h5>
        <div class="posting-categories"><span class="sort-by-location posting-category location">Berlin</span><span class="workplaceTypes">Hybrid</span></div></a></div></div></body></html>`,
      url,
    );
    const extraction = extractPage(doc, url);
    expect(extraction.kind).toBe('list');
    expect(extraction.items[0]!.posting).toMatchObject({ id: `lever:${ID}`, title: 'ML Engineer', company: 'Acme', location: 'Berlin', workplace: 'hybrid' });
  });
});
