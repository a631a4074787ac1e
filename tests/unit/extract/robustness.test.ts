// Pages and JSON-LD come from strangers: whatever they hold, extraction returns schema-valid postings and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extract/dom-node';
import { finishPosting } from '../../../lib/extract/engine';
import { parseHeaderLine } from '../../../lib/extract/header-line';
import { extractPage } from '../../../lib/extract/index';
import { postingFromJsonLd } from '../../../lib/extract/jsonld';
import { parseDate, parseSalary } from '../../../lib/extract/processors';
import { Posting } from '../../../lib/model';

const URLS = [
  'https://news.ycombinator.com/item?id=1',
  'https://job-boards.greenhouse.io/acme/jobs/1',
  'https://jobs.lever.co/acme/f222ad5c-b7dd-43c4-9008-ee1a53174afa',
  'https://jobs.ashbyhq.com/acme',
  'https://unknown.example/jobs/1',
];
const FRAGMENTS = [
  '<tr class="athing comtr" id="5"><td class="ind" indent="0"></td><td><div class="commtext">A | B | C<p>text</div></td></tr>',
  '<title>Ask HN: Who is hiring?</title>', '<div class="job__title"><h1>T</h1></div>', '<div class="job__description">',
  '<script type="application/ld+json">', '</script>', '{"@type":"JobPosting","title":', '<script>window.__appData = {"posting":',
  '<a href="mailto:x@y.io">', '<p>', '|', '"', '&lt;', '&#x27;', 'remote', '$100k', '<div class="posting-header"><h2>X</h2>',
];

describe('extraction on hostile input', () => {
  it('extractPage never throws and every posting passes the schema', () => {
    const html = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, fc.constantFrom(...URLS), (page, url) => {
        const extraction = extractPage(parseHtml(page, url), url, { generic: true });
        for (const item of extraction.items) Posting.parse(item.posting);
      }),
      { numRuns: 150 },
    );
  });

  it('a JSON-LD JobPosting of any shape becomes a valid posting', () => {
    const node = fc.dictionary(
      fc.constantFrom('title', 'description', 'hiringOrganization', 'jobLocation', 'jobLocationType', 'applicantLocationRequirements', 'employmentType', 'baseSalary', 'datePosted', 'identifier', 'url'),
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(node, (fields) => {
        const partial = postingFromJsonLd({ '@type': 'JobPosting', ...(fields as Record<string, never>) }, URLS[4]!);
        Posting.parse(finishPosting('web', partial, URLS[4]!, 'jsonld'));
      }),
      { numRuns: 300 },
    );
  });

  it('text parsers accept any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const header = parseHeaderLine(text);
        expect(typeof header.company).toBe('string');
        const salary = parseSalary(text);
        if (salary) expect(salary.min === null || Number.isFinite(salary.min)).toBe(true);
        parseDate(text);
      }),
      { numRuns: 500 },
    );
  });
});
