// Board tests against the hand labels of labels/pages.json: the page read at its labelled URL gives the labelled
// kind, count, sample cards and posting fields.
import { expect } from 'vitest';
import { extractPage, type PageExtraction } from '../../../../lib/extract/index';
import { assertValidPostings, loadPage, type PageLabel, pageLabels, sameText } from '../support';

export function labelFor(file: string): PageLabel {
  const label = pageLabels().find((entry) => entry.file === file);
  if (!label) throw new Error(`no label for ${file}`);
  return label;
}

/** Extracts a saved page at a URL (its labelled URL by default) and checks every posting against the schema. */
export function extractSaved(file: string, url = labelFor(file).url): PageExtraction {
  const extraction = extractPage(loadPage(file, url), url);
  assertValidPostings(extraction);
  return extraction;
}

/** The labelled kind, count, samples (in order) and posting fields, each compared as the corpus test does. */
export function expectMatchesLabel(file: string): PageExtraction {
  const label = labelFor(file);
  const extraction = extractSaved(file, label.url);
  expect(extraction.kind).toBe(label.kind);
  if (label.kind === 'none') expect(extraction.items).toEqual([]);
  if (label.list) {
    expect(extraction.items).toHaveLength(label.list.count);
    label.list.sample.forEach((expected, index) => {
      const posting = extraction.items[index]!.posting;
      for (const field of ['title', 'company', 'location'] as const) {
        expect({ index, field, value: posting[field] }).toEqual({ index, field, value: expect.toSatisfy((v: string) => sameText(expected[field], v)) });
      }
    });
  }
  if (label.posting) {
    const expected = label.posting;
    const posting = extraction.items[0]!.posting;
    for (const field of ['title', 'company', 'location'] as const) {
      expect({ field, value: posting[field] }).toEqual({ field, value: expect.toSatisfy((v: string) => sameText(expected[field], v)) });
    }
    expect(posting.workplace).toBe(expected.workplace);
    expect([...posting.employment].sort()).toEqual([...expected.employment].sort());
    expect(posting.description.length).toBeGreaterThanOrEqual(expected.description_min_chars);
    expect([...posting.emails].sort()).toEqual([...expected.emails].sort());
    expect(posting.missing).toEqual([]);
  }
  return extraction;
}
