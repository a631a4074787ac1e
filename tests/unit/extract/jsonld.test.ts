import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extract/dom-node';
import { extractPage } from '../../../lib/extract/index';
import { findJobPostingsJsonLd, postingFromJsonLd } from '../../../lib/extract/jsonld';
import { Posting } from '../../../lib/model';

const URL_ = 'https://careers.example.org/jobs/42';

function page(...blocks: string[]): Document {
  const scripts = blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('\n');
  return parseHtml(`<html><head><title>Careers</title>${scripts}</head><body><h1>Careers</h1></body></html>`, URL_);
}

function only(doc: Document) {
  const found = findJobPostingsJsonLd(doc);
  expect(found).toHaveLength(1);
  return postingFromJsonLd(found[0]!, URL_);
}

const base = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Search Relevance Engineer',
  hiringOrganization: { '@type': 'Organization', name: 'Acme Search' },
  description: '<p>We rank documents.</p><ul><li>Python</li><li>Lucene</li></ul>',
};

describe('JSON-LD JobPosting', () => {
  it('reads the common fields of a plain block', () => {
    const posting = only(page(JSON.stringify(base)));
    expect(posting.title).toBe('Search Relevance Engineer');
    expect(posting.company).toBe('Acme Search');
    expect(posting.description).toBe('We rank documents.\n\n• Python\n\n• Lucene');
  });

  it('finds postings inside @graph, arrays and ItemList entries', () => {
    const graph = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { ...base, title: 'In graph' }] });
    const array = JSON.stringify([{ '@type': 'Organization', name: 'Acme' }, { ...base, title: 'In array' }]);
    const itemList = JSON.stringify({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { ...base, title: 'In list' } }] });
    const titles = findJobPostingsJsonLd(page(graph, array, itemList)).map((node) => postingFromJsonLd(node, URL_).title);
    expect(titles).toEqual(['In graph', 'In array', 'In list']);
  });

  it('accepts @type given as an array or as a full schema.org IRI', () => {
    const doc = page(JSON.stringify({ ...base, '@type': ['JobPosting', 'Thing'] }), JSON.stringify({ ...base, '@type': 'http://schema.org/JobPosting' }));
    expect(findJobPostingsJsonLd(doc)).toHaveLength(2);
  });

  it('decodes entity-escaped HTML descriptions into paragraphs', () => {
    const escaped = { ...base, description: '&lt;p&gt;Rust &amp;amp; Go&lt;/p&gt;&lt;p&gt;Remote in the EU&lt;/p&gt;' };
    expect(only(page(JSON.stringify(escaped))).description).toBe('Rust & Go\n\nRemote in the EU');
  });

  it('reads a description of unclosed "<" as text, at once', () => {
    // Checking it for a real tag sent every "<" scanning to the end: 40,000 of them took 2.2 s.
    const description = `${'<a'.repeat(40_000)} &lt;p&gt;`;
    expect(only(page(JSON.stringify({ ...base, description }))).description).toBe('<a'.repeat(40_000));
  });

  it('skips a malformed block without losing the others, and tolerates raw newlines and trailing commas', () => {
    const broken = '{"@type": "JobPosting", "title": ';
    const sloppy = `{"@type": "JobPosting", "title": "Line one\nline two", "hiringOrganization": "Acme",}`;
    const titles = findJobPostingsJsonLd(page(broken, sloppy, JSON.stringify(base))).map((node) => postingFromJsonLd(node, URL_).title);
    expect(titles).toEqual(['Line one line two', 'Search Relevance Engineer']);
  });

  it('reads hiringOrganization given as a plain string', () => {
    expect(only(page(JSON.stringify({ ...base, hiringOrganization: 'Plain Co' }))).company).toBe('Plain Co');
  });

  it('joins several job locations and reads Place names and address strings', () => {
    const posting = only(page(JSON.stringify({
      ...base,
      jobLocation: [
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } },
        { '@type': 'Place', address: { addressLocality: 'Lisbon', addressCountry: { '@type': 'Country', name: 'Portugal' } } },
        { '@type': 'Place', name: 'Head office' },
        { '@type': 'Place', address: 'Paris, France' },
      ],
    })));
    expect(posting.location).toBe('Berlin, DE; Lisbon, Portugal; Head office; Paris, France');
  });

  it('reads TELECOMMUTE as remote and applicantLocationRequirements as the remote regions', () => {
    const posting = only(page(JSON.stringify({
      ...base,
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [{ '@type': 'Country', name: 'United States' }, { '@type': 'State', name: 'Ontario' }, 'EU'],
    })));
    expect(posting.workplace).toBe('remote');
    expect(posting.remoteRegions).toEqual(['United States', 'Ontario', 'EU']);
  });

  it('leaves the workplace unknown when the block does not state one', () => {
    expect(only(page(JSON.stringify(base))).workplace).toBe('unknown');
  });

  it('maps employmentType strings, arrays and free-text synonyms', () => {
    const read = (employmentType: unknown) => only(page(JSON.stringify({ ...base, employmentType }))).employment;
    expect(read('FULL_TIME')).toEqual(['full-time']);
    expect(read(['PART_TIME', 'CONTRACTOR', 'INTERN'])).toEqual(['part-time', 'contract', 'internship']);
    expect(read('Full-time')).toEqual(['full-time']);
    expect(read('TEMPORARY')).toEqual(['contract']);
    expect(read('OTHER')).toEqual([]);
  });

  it('reads baseSalary as MonetaryAmount with a QuantitativeValue range, or a single value', () => {
    const range = only(page(JSON.stringify({ ...base, baseSalary: { '@type': 'MonetaryAmount', currency: 'usd', value: { '@type': 'QuantitativeValue', minValue: 164000, maxValue: '268,000', unitText: 'YEAR' } } })));
    expect(range.salary).toMatchObject({ min: 164000, max: 268000, currency: 'USD', period: 'year' });
    const single = only(page(JSON.stringify({ ...base, baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { value: 45, unitText: 'HOUR' } } })));
    expect(single.salary).toMatchObject({ min: 45, max: null, currency: 'EUR', period: 'hour' });
    expect(only(page(JSON.stringify({ ...base, baseSalary: { currency: 'USD' } }))).salary).toBeNull();
  });

  it('keeps datePosted and the identifier value', () => {
    const posting = only(page(JSON.stringify({ ...base, datePosted: '2025-09-23', identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'REQ-7' } })));
    expect(posting.datePosted).toBe('2025-09-23');
    expect(posting.boardJobId).toBe('REQ-7');
    expect(only(page(JSON.stringify({ ...base, identifier: { name: 'no value' } }))).boardJobId).toBeNull();
  });

  it('gives a posting on a site no adapter knows, with emails from the description', () => {
    const doc = page(JSON.stringify({ ...base, description: '<p>Write to <a href="mailto:jobs@acme.org">jobs@acme.org</a></p>' }));
    const extraction = extractPage(doc, URL_);
    expect(extraction).toMatchObject({ board: null, kind: 'posting', health: null });
    const posting = Posting.parse(extraction.items[0]!.posting);
    expect(posting).toMatchObject({ board: 'careers.example.org', source: 'jsonld', emails: ['jobs@acme.org'], id: `url:${URL_}` });
  });

  it('finds nothing on a page whose JSON-LD holds no JobPosting', () => {
    const doc = page(JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Acme' }));
    expect(extractPage(doc, URL_)).toMatchObject({ kind: 'none', items: [] });
  });
});
