// Single-page boards change the job without a page load: LinkedIn swaps the job view after history.pushState, and
// result lists grow as the user scrolls. The badge must follow the job on screen, never keep the last one's score.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../lib/corpus';
import { extractPage } from '../../lib/extract';
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

const FIRST = {
  file: 'pages/linkedin/linkedin_guest_jobview_fragment_2026_fatih0234.html',
  url: 'https://de.linkedin.com/jobs/view/chief-of-staff-to-the-cto-at-cint-4369978519',
};
const SECOND = {
  file: 'pages/linkedin/linkedin_guest_jobview_it_data_analyst_2024-06_bs4.html',
  // Same origin as the first page: a pushState cannot change it.
  url: 'https://de.linkedin.com/jobs/view/data-analyst-at-rai-radiotelevisione-italiana-3946498763',
};
const LIST = {
  file: 'pages/linkedin/linkedin_guest_search_results_2025-04_id_software_engineer.html',
  url: 'https://id.linkedin.com/jobs/software-engineer-jobs',
};
const skip = e2eSkipReason([FIRST.file, SECOND.file, LIST.file]);

function postingIdsInNode(file: string, url: string): string[] {
  return extractPage(parseHtml(readCorpus(file), url), url).items.map((item) => item.posting.id);
}

const scoredBadges = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('jobfit-badge')].map((badge) => ({
      postingId: (badge as HTMLElement).dataset.postingId ?? '',
      state: (badge as HTMLElement).dataset.state ?? '',
      score: (badge as HTMLElement).dataset.score ?? '',
    })),
  );

describe.skipIf(skip)(suiteName('single-page navigation on LinkedIn in Chromium', skip), () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('moves the badge to the new job when the page swaps it in after pushState', async () => {
    const [firstId] = postingIdsInNode(FIRST.file, FIRST.url);
    const [secondId] = postingIdsInNode(SECOND.file, SECOND.url);
    expect(firstId).toBeDefined();
    expect(secondId).toBeDefined();
    expect(secondId).not.toBe(firstId);

    await serveCorpusPage(session.context, FIRST.url, FIRST.file);
    const page = await session.context.newPage();
    await page.goto(FIRST.url);
    await page.waitForSelector('jobfit-badge[data-state="scored"]');
    expect((await scoredBadges(page)).map((b) => b.postingId)).toEqual([firstId]);

    // What LinkedIn does: the URL changes first, the job view is replaced a moment later.
    await page.evaluate(
      async ({ url, html }) => {
        history.pushState({}, '', url);
        await new Promise((resolve) => setTimeout(resolve, 150));
        const next = new DOMParser().parseFromString(html, 'text/html');
        for (const script of document.querySelectorAll('script[type="application/ld+json"]')) script.remove();
        document.head.append(...next.querySelectorAll('script[type="application/ld+json"]'));
        document.body.replaceChildren(...next.body.childNodes);
      },
      { url: SECOND.url, html: readCorpus(SECOND.file) },
    );
    await page.waitForFunction(
      (id) => {
        const badges = [...document.querySelectorAll('jobfit-badge')] as HTMLElement[];
        // Scored, and stored: a badge is marked stored once the background has stored its posting.
        return badges.length === 1 && badges[0]!.dataset.postingId === id && badges[0]!.dataset.state === 'scored' && badges[0]!.dataset.stored !== undefined;
      },
      secondId,
      { timeout: 15_000 },
    );
    const [badge] = await scoredBadges(page);
    const stored = (await readStoredJobs(session)).find((job) => job.sources.some((source) => source.postingId === secondId));
    expect(stored, 'the new job is stored').toBeDefined();
    expect(badge!.score).toBe(String(Math.round(stored!.score)));
    await page.close();
  });

  it('badges cards added to a list as the user scrolls, and keeps the badges it already placed', async () => {
    const expectedIds = postingIdsInNode(LIST.file, LIST.url);
    expect(expectedIds.length).toBeGreaterThan(10);
    await serveCorpusPage(session.context, LIST.url, LIST.file);
    const page = await session.context.newPage();
    await page.goto(LIST.url);
    const count = () => page.evaluate(() => document.querySelectorAll('jobfit-badge[data-state="scored"]').length);
    expect(await waitForStableCount(count, { atLeast: expectedIds.length })).toBe(expectedIds.length);

    // A virtualised list drops cards that scrolled away…
    await page.evaluate(() => {
      const cards = [...document.querySelectorAll('ul.jobs-search__results-list > li')].slice(-10);
      (window as unknown as { parked: Element[] }).parked = cards;
      for (const card of cards) card.remove();
    });
    expect(await waitForStableCount(() => page.evaluate(() => document.querySelectorAll('jobfit-badge').length), { atLeast: 1 })).toBe(
      expectedIds.length - 10,
    );
    // …and brings them (or new ones) back: only those get new badges.
    await page.evaluate(() => {
      for (const badge of document.querySelectorAll('jobfit-badge')) badge.setAttribute('data-e2e-kept', '');
      document.querySelector('ul.jobs-search__results-list')!.append(...(window as unknown as { parked: Element[] }).parked);
    });
    expect(await waitForStableCount(count, { atLeast: expectedIds.length })).toBe(expectedIds.length);
    expect(await page.evaluate(() => document.querySelectorAll('jobfit-badge[data-e2e-kept]').length)).toBe(expectedIds.length - 10);
    expect((await scoredBadges(page)).map((b) => b.postingId).sort()).toEqual([...expectedIds].sort());
    await page.close();
  });
});
