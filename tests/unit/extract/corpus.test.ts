// Every saved page through extractPage, compared with the hand labels of labels/pages.json. Prints a per-board
// field-accuracy table; asserts it for the boards that have an adapter (the others switch on when they are added).
import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../../../lib/corpus';
import { parseHtml } from '../../../lib/extract/dom-node';
import { BOARDS, extractPage, type PageExtraction } from '../../../lib/extract/index';
import type { Posting } from '../../../lib/model';
import { assertValidPostings, type LabelledSample, type PageLabel, pageLabels, sameText, savedPages, statedUrl } from './support';

/** Below this share of labelled fields read right, a board's adapter fails the suite. */
const MIN_FIELD_ACCURACY = 0.85;
const implemented = new Set(BOARDS.map((board) => board.id));
/** Pages that state no URL of their own are read as if at their board's home. */
const FOLDER_URLS: Record<string, string> = {
  linkedin: 'https://www.linkedin.com/jobs/search/',
  glassdoor: 'https://www.glassdoor.com/Job/jobs.htm',
  wellfound: 'https://wellfound.com/jobs',
  hn: 'https://news.ycombinator.com/item?id=1',
};

interface Tally {
  checked: number;
  matched: number;
  misses: string[];
}
const tallies = new Map<string, Tally>();

function tally(board: string, field: string, ok: boolean, detail: string): void {
  const entry = tallies.get(board) ?? { checked: 0, matched: 0, misses: [] };
  entry.checked++;
  if (ok) entry.matched++;
  else entry.misses.push(`${field}: ${detail}`);
  tallies.set(board, entry);
}

function checkSample(board: string, expected: LabelledSample, posting: Posting | undefined, where: string): void {
  for (const field of ['title', 'company', 'location'] as const) {
    const actual = posting?.[field] ?? '(no posting)';
    tally(board, `${where} ${field}`, sameText(expected[field], actual), `expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(actual)}`);
  }
}

function checkPage(label: PageLabel, extraction: PageExtraction): void {
  const { board, file } = label;
  const name = file.split('/').pop()!;
  tally(board, `${name} kind`, extraction.kind === label.kind, `expected ${label.kind}, got ${extraction.kind}`);
  if (label.list) {
    const items = extraction.items.map((item) => item.posting);
    tally(board, `${name} count`, items.length === label.list.count, `expected ${label.list.count}, got ${items.length}`);
    label.list.sample.forEach((expected, index) => {
      const inOrder = items[index];
      const posting = inOrder && sameText(expected.title, inOrder.title) ? inOrder : (items.find((p) => sameText(expected.title, p.title)) ?? inOrder);
      checkSample(board, expected, posting, `${name}[${index}]`);
    });
  }
  if (label.posting) {
    const expected = label.posting;
    const posting = extraction.items[0]?.posting;
    checkSample(board, expected, posting, name);
    tally(board, `${name} workplace`, posting?.workplace === expected.workplace, `expected ${expected.workplace}, got ${posting?.workplace}`);
    const employment = [...(posting?.employment ?? [])].sort().join(',');
    tally(board, `${name} employment`, employment === [...expected.employment].sort().join(','), `expected ${expected.employment}, got ${employment}`);
    const length = posting?.description.length ?? 0;
    tally(board, `${name} description`, length >= expected.description_min_chars, `expected ≥ ${expected.description_min_chars} chars, got ${length}`);
    const emails = [...(posting?.emails ?? [])].sort().join(',');
    tally(board, `${name} emails`, emails === [...expected.emails].sort().join(','), `expected ${expected.emails}, got ${emails}`);
  }
}

describe.skipIf(!hasCorpus())('extractPage on every saved page', () => {
  const labels = hasCorpus() ? pageLabels() : [];
  const labelOf = new Map(labels.map((label) => [label.file, label]));
  const pages = hasCorpus() ? savedPages() : [];

  it.each(pages)('%s', (file) => {
    const html = readCorpus(file);
    const label = labelOf.get(file);
    const folder = file.split('/')[1]!;
    const url = label?.url ?? statedUrl(parseHtml(html, 'https://example.invalid/')) ?? FOLDER_URLS[folder] ?? `https://www.${folder}.com/`;
    const extraction = extractPage(parseHtml(html, url), url);
    assertValidPostings(extraction);
    if (!label) {
      console.log(`unlabelled ${file}: board ${extraction.board}, ${extraction.kind}, ${extraction.items.length} postings`);
      return;
    }
    if (!implemented.has(label.board)) return;
    checkPage(label, extraction);
    expect(extraction.kind).toBe(label.kind);
  });

  it(`reads at least ${MIN_FIELD_ACCURACY * 100}% of labelled fields right on every board with an adapter`, () => {
    const rows = [...tallies].sort(([a], [b]) => a.localeCompare(b));
    console.log(
      ['board               fields  right  accuracy', ...rows.map(([board, t]) => `${board.padEnd(20)}${String(t.checked).padStart(6)}${String(t.matched).padStart(7)}${(t.matched / t.checked * 100).toFixed(1).padStart(9)}%`)].join('\n'),
    );
    for (const [board, t] of rows) if (t.misses.length) console.log(`${board} misses:\n  ${t.misses.join('\n  ')}`);
    const skipped = [...new Set(labels.map((label) => label.board))].filter((board) => !implemented.has(board));
    if (skipped.length) console.log(`not implemented yet (skipped): ${skipped.join(', ')}`);
    expect(rows.length).toBeGreaterThan(0);
    for (const [board, t] of rows) expect({ board, accuracy: t.matched / t.checked }).toEqual({ board, accuracy: expect.toSatisfy((a: number) => a >= MIN_FIELD_ACCURACY) });
  });
});
