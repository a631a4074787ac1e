// The reader gives each card's posting while it reads, so that a content script can have the first ones scored
// before the page is read to its end: what it gives must be what the whole reading returns, pane merges included.
import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../../../lib/corpus';
import { hackernews } from '../../../lib/extract/boards/hackernews';
import { indeed } from '../../../lib/extract/boards/indeed';
import { parseHtml } from '../../../lib/extract/dom-node';
import type { BoardDefinition } from '../../../lib/extract/engine';
import { readPage, type ExtractedItem, type PageExtraction } from '../../../lib/extract/read-page';

/** The items a reading gives, the step (its count of `next()` calls) each came at, and what it returns. */
function readStreaming(board: BoardDefinition, rel: string, url: string): { given: ExtractedItem[]; steps: number[]; extraction: PageExtraction } {
  const reading = readPage(parseHtml(readCorpus(rel), url), url, board);
  const given: ExtractedItem[] = [];
  const steps: number[] = [];
  for (let count = 1; ; count++) {
    const step = reading.next();
    if (step.done) return { given, steps, extraction: step.value };
    if (step.value) {
      given.push(step.value);
      steps.push(count);
    }
  }
}

describe.skipIf(!hasCorpus())('reading a page while giving its postings one by one', () => {
  it('gives every post of a Hacker News thread, in page order, as the objects the reading returns', () => {
    const { given, extraction } = readStreaming(hackernews, hackernews.testedOn[0]!, 'https://news.ycombinator.com/item?id=25266288');
    expect(extraction.items.length).toBeGreaterThan(150);
    expect(given).toEqual(extraction.items);
    given.forEach((item, index) => expect(item).toBe(extraction.items[index]));
  });

  it('gives each post of a thread as soon as its own card is read, not after the whole page', () => {
    const { steps, extraction } = readStreaming(hackernews, hackernews.testedOn[0]!, 'https://news.ycombinator.com/item?id=25266288');
    // Each step reads one card: the n-th post comes at the n-th step (plus the thread's replies the adapter skips).
    expect(steps[0]).toBe(1);
    expect(steps[49]).toBeLessThanOrEqual(50);
    expect(steps.length).toBe(extraction.items.length);
  });

  it('gives the card a job pane is merged into with the pane already merged (its full description)', () => {
    const { given, extraction } = readStreaming(indeed, indeed.testedOn[0]!, 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html');
    const [pane] = extraction.items;
    expect(pane!.posting.description.length).toBeGreaterThan(1500);
    expect(given).toContain(pane);
    for (const item of given) expect(extraction.items).toContain(item);
    expect(new Set(given.map((item) => item.posting.id)).size).toBe(given.length);
  });
});
