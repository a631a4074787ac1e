// Pages come from strangers: whatever markup, JSON-LD or encoding a page holds, extraction never throws, every
// posting it emits passes the Posting schema, and markup without job data yields no posting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extract/dom-node';
import { extractPage, postingFromRecord } from '../../../lib/extract/index';
import { Posting } from '../../../lib/model';

const URLS = [
  'https://news.ycombinator.com/item?id=1',
  'https://job-boards.greenhouse.io/acme/jobs/1',
  'https://jobs.lever.co/acme/f222ad5c-b7dd-43c4-9008-ee1a53174afa',
  'https://jobs.ashbyhq.com/acme/0a1b2c3d-0000-4000-8000-000000000000',
  'https://apply.workable.com/acme/j/ABC123/',
  'https://www.linkedin.com/jobs/view/123',
  'https://www.indeed.com/viewjob?jk=abc',
  'https://unknown.example/jobs/1',
];
const UNKNOWN_URL = 'https://unknown.example/jobs/1';

/** Strings that break naive code: lone surrogates, NUL, BOM, bidi overrides, look-alikes, entity soup. */
const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\uD800', '\uDFFF', 'a\uD83Dz', '\u0000', '\uFEFF', '\u202E', 'ℛеmоtе', '&#xD800;', '&#0;', '&#x110000;', '&amp;&lt;', '\r\n', '\u2028'),
);
const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  oddString,
  fc.constantFrom(null, [null, null], [[[]]], 1e308, -0, Number.MAX_SAFE_INTEGER, true, {}),
);
/** A JobPosting whose fields have any type: numbers where strings belong, arrays of nulls, nested objects. */
const wrongTypedJobPosting = fc.dictionary(
  fc.constantFrom(
    'title', 'name', 'description', 'hiringOrganization', 'jobLocation', 'jobLocationType', 'applicantLocationRequirements',
    'employmentType', 'baseSalary', 'datePosted', 'identifier', 'url', 'directApply', '@id', 'validThrough',
  ),
  jsonValue,
);
const jsonLdScript = fc
  .oneof(
    wrongTypedJobPosting.map((fields) => ({ '@context': 'https://schema.org', '@type': 'JobPosting', ...fields })),
    wrongTypedJobPosting.map((fields) => ({ '@graph': [null, 7, { '@type': ['JobPosting', 3], ...fields }] })),
    jsonValue,
  )
  // '</script' inside JSON would end the element early; pages escape it and so does this.
  .map((data) => `<script type="application/ld+json">${JSON.stringify(data)?.replace(/</g, '\\u003c') ?? ''}</script>`);

const TAGS = ['div', 'p', 'span', 'table', 'tr', 'td', 'a', 'script', 'style', 'svg', 'template', 'iframe', 'h1', 'ul', 'li', 'b', 'textarea'];
const tagSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((tag) => `<${tag}>`),
      fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
      fc.constantFrom('<', '>', '</', '<!--', '-->', '<![CDATA[', ']]>', '"', "'", '&', '&#', '<a href="javascript:alert(1)">', '<img src=x onerror=alert(1)>'),
      oddString,
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const hostilePage = fc
  .tuple(tagSoup, fc.array(jsonLdScript, { maxLength: 3 }), tagSoup)
  .map(([before, scripts, after]) => `<html><head>${scripts.join('')}</head><body>${before}${after}</body></html>`);

function extractedPostings(html: string, url: string, generic: boolean): Posting[] {
  return extractPage(parseHtml(html, url), url, { generic }).items.map((item) => item.posting);
}

describe('extractPage on hostile pages', () => {
  it('never throws, and every posting it emits passes the schema', () => {
    fc.assert(
      fc.property(hostilePage, fc.constantFrom(...URLS), fc.boolean(), (html, url, generic) => {
        for (const posting of extractedPostings(html, url, generic)) Posting.parse(posting);
      }),
      { numRuns: 150 },
    );
  });

  it('tag soup without job data yields no posting on a page no board knows', () => {
    fc.assert(
      fc.property(tagSoup, (soup) => {
        expect(extractedPostings(`<html><body>${soup}</body></html>`, UNKNOWN_URL, false)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('JSON-LD that is no JobPosting, or not JSON, yields no posting', () => {
    const notAJobPosting = fc.oneof(
      jsonValue.filter((value) => !JSON.stringify(value ?? null).includes('JobPosting')).map((value) => JSON.stringify(value) ?? ''),
      oddString,
      fc.constant('{"@type": "JobPosting", "title": '),
    );
    fc.assert(
      fc.property(notAJobPosting, (json) => {
        const html = `<html><head><script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script></head><body></body></html>`;
        expect(extractedPostings(html, UNKNOWN_URL, false)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('survives 10,000 levels of nesting, in markup and in JSON-LD', () => {
    const depth = 10_000;
    const markup = `${'<div>'.repeat(depth)}Staff ML Engineer${'</div>'.repeat(depth)}`;
    const nested = `${'{"@graph":['.repeat(depth)}{"@type":"JobPosting","title":"Deep"}${']}'.repeat(depth)}`;
    const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const html = `<html><head><script type="application/ld+json">${nested}</script>` +
      `<script type="application/ld+json">${deepArray}</script></head><body>${markup}</body></html>`;
    for (const url of [UNKNOWN_URL, URLS[0]!, URLS[5]!]) for (const posting of extractedPostings(html, url, true)) Posting.parse(posting);
  });

  it('huge field values are clipped to the schema limits', () => {
    const huge = 'x'.repeat(300_000);
    const node = { '@type': 'JobPosting', title: huge, description: `<p>${huge}</p>`, hiringOrganization: { name: huge }, url: `https://a.example/${huge}`, identifier: huge };
    const postings = extractedPostings(`<script type="application/ld+json">${JSON.stringify(node)}</script>`, UNKNOWN_URL, false);
    expect(postings).toHaveLength(1);
    Posting.parse(postings[0]);
  });
});

describe('postingFromRecord on hostile records', () => {
  const anyField = fc.oneof(oddString, fc.string({ maxLength: 2_000 }), tagSoup);
  const record = fc.record(
    {
      id: fc.oneof(fc.integer(), anyField, fc.constant(''), fc.constant(0)),
      url: anyField,
      board: anyField,
      title: anyField,
      company: anyField,
      text_html: fc.oneof(anyField, tagSoup),
      text: anyField,
    },
    { requiredKeys: [] },
  );

  it('never throws and gives a schema-valid posting, the id kept as given', () => {
    fc.assert(
      fc.property(record, (input) => {
        const posting = Posting.parse(postingFromRecord(input));
        if (input.id !== undefined && String(input.id) !== '') expect(posting.id).toBe(String(input.id).slice(0, 2_000));
      }),
      { numRuns: 300 },
    );
  });
});
