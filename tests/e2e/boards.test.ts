// Every saved page of a supported board, served at its real URL in Chromium: the content script badges what the
// same extraction finds in Node, a page with no job data gets no badge, and nothing half-read is stored.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../../lib/corpus';
import { boardForUrl, extractPage } from '../../lib/extract';
import { parseHtml } from '../../lib/extract/dom-node';
import {
  e2eSkipReason,
  launchWithExtension,
  readStoredJobs,
  serveCorpusPage,
  suiteName,
  waitForStableCount,
  type ExtensionSession,
} from './fixture';

interface LabelledPage {
  file: string;
  board: string;
  url: string;
  kind: 'posting' | 'list' | 'none';
}

// Hacker News has its own, deeper test (hn.test.ts).
const pages: LabelledPage[] = hasCorpus()
  ? (JSON.parse(readCorpus('labels/pages.json')) as LabelledPage[]).filter((page) => page.board !== 'hackernews' && boardForUrl(page.url))
  : [];
const skip = e2eSkipReason(['labels/pages.json']) ?? (pages.length === 0 ? 'no saved page of a supported board' : null);

const badgeSummary = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('jobfit-badge')].map((badge) => ({
      postingId: (badge as HTMLElement).dataset.postingId ?? '',
      state: (badge as HTMLElement).dataset.state ?? '',
      score: (badge as HTMLElement).dataset.score,
      text: badge.shadowRoot?.textContent ?? '',
    })),
  );

describe.skipIf(skip)(suiteName('saved board pages in Chromium', skip), () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(pages.map((page) => [page.file, page] as const))('%s', async (_file, labelled) => {
    const expected = extractPage(parseHtml(readCorpus(labelled.file), labelled.url), labelled.url);
    await serveCorpusPage(session.context, labelled.url, labelled.file);
    const page = await session.context.newPage();
    try {
      await page.goto(labelled.url);
      if (expected.items.length === 0) {
        await page.waitForTimeout(1_500);
        const badges = await badgeSummary(page);
        const failed = expected.health?.failedFields ?? [];
        // A page the adapter recognises but cannot read says so; a page without job data stays untouched.
        if (failed.length > 0) expect(badges.map((b) => b.text)).toEqual([`JobFit couldn't read this page (fields: ${failed.join(', ')})`]);
        else expect(badges).toEqual([]);
        return;
      }
      await waitForStableCount(async () => (await badgeSummary(page)).filter((b) => b.state !== 'pending').length, {
        atLeast: expected.items.length,
        timeoutMs: 30_000,
      });
      mkdirSync('test-results/boards', { recursive: true });
      await page.screenshot({ path: path.join('test-results/boards', `${path.basename(labelled.file, '.html')}.png`) });
      const badges = await badgeSummary(page);
      expect(badges.map((b) => b.postingId).sort()).toEqual(expected.items.map((item) => item.posting.id).sort());

      // Scores come first; a badge is marked stored once the background has stored its posting.
      const whole = expected.items.filter((item) => item.posting.missing.length === 0).length;
      await waitForStableCount(() => page.evaluate(() => document.querySelectorAll('jobfit-badge[data-stored]').length), { atLeast: whole, timeoutMs: 30_000 });
      const stored = new Map((await readStoredJobs(session)).flatMap((job) => job.sources.map((source) => [source.postingId, job] as const)));
      for (const item of expected.items) {
        const badge = badges.find((b) => b.postingId === item.posting.id)!;
        if (item.posting.missing.length > 0) {
          expect(badge.state).toBe('unreadable');
          expect(badge.text).toMatch(/^JobFit couldn't read this page \(fields: .+\)$/);
          expect(stored.has(item.posting.id)).toBe(false);
        } else {
          expect(badge.state).toBe('scored');
          const job = stored.get(item.posting.id);
          expect(job, `${item.posting.id} is stored`).toBeDefined();
          // A job seen under several postings (the same role listed twice) keeps its best source's score.
          if (job!.sources.length === 1) expect(badge.score).toBe(String(Math.round(job!.score)));
        }
      }
    } finally {
      await page.close();
    }
  });
});
