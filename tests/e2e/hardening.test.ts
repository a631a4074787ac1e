// Trust under failure and scrutiny, in a real Chromium: (a) reading a 207-post thread and opening the popup sends
// nothing anywhere but the page itself and the extension's own files; (b) MV3 stopping the service worker in the
// middle of scoring loses nothing: the content script sends the unanswered chunk again and every post ends up
// scored, badged and stored.
import type { CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../lib/corpus';
import {
  e2eSkipReason,
  launchWithExtension,
  openExtensionPage,
  readStoredJobs,
  serveCorpusPage,
  suiteName,
  waitForStableCount,
  type ExtensionSession,
} from './fixture';

const PAGE = 'pages/hn/hn_whoishiring_december_2020_item_25266288_page1.html';
const THREAD_URL = 'https://news.ycombinator.com/item?id=25266288';
const POSTS = 207;
const skip = e2eSkipReason([PAGE]);

type BadgeCounts = Record<string, number>;
async function badgeCounts(page: Page): Promise<BadgeCounts> {
  const states = await page.evaluate(() => [...document.querySelectorAll('jobfit-badge')].map((badge) => (badge as HTMLElement).dataset.state ?? ''));
  const counts: BadgeCounts = {};
  for (const state of states) counts[state] = (counts[state] ?? 0) + 1;
  return counts;
}

/** The subresources the saved page itself asks for (its images, styles, scripts, icon): the page's doing, not ours. */
function pageOwnSubresources(html: string): Set<string> {
  const urls = new Set([new URL('/favicon.ico', THREAD_URL).href]);
  for (const [, , , reference] of html.matchAll(/<(?:img|script|link)\b[^>]*\b(src|href)=(["'])([^"']+)\2/gi)) {
    urls.add(new URL(reference!.replace(/&#x2F;/g, '/'), THREAD_URL).href);
  }
  return urls;
}

const withoutFragment = (url: string) => url.replace(/#.*$/, '');

describe.skipIf(skip)(suiteName('Privacy: a thread read and the popup opened send nothing out', skip), () => {
  let session: ExtensionSession;
  const requests: { url: string; from: string }[] = [];
  let workerResources: string[] = [];

  beforeAll(async () => {
    session = await launchWithExtension();
    session.context.on('request', (request: Request) => {
      requests.push({ url: request.url(), from: request.serviceWorker()?.url() ?? request.frame().url() });
    });
    await serveCorpusPage(session.context, THREAD_URL, PAGE);
    const page = await session.context.newPage();
    await page.goto(THREAD_URL);
    await waitForStableCount(async () => (await badgeCounts(page)).scored ?? 0, { atLeast: POSTS, timeoutMs: 90_000, quietMs: 500 });
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.waitForSelector('[data-job-id]', { timeout: 15_000 });
    // The worker's own fetches (if any) show in its resource timing, whatever the request events report.
    const worker = session.context.serviceWorkers()[0]!;
    workerResources = await worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('every request is the page, what its own markup loads, or a file of the extension', () => {
    const allowed = pageOwnSubresources(readCorpus(PAGE));
    allowed.add(THREAD_URL);
    const extensionOrigin = `chrome-extension://${session.extensionId}/`;
    const elsewhere = requests.filter(({ url }) => !url.startsWith(extensionOrigin) && !allowed.has(withoutFragment(url)));
    expect(elsewhere).toEqual([]);
    expect(requests.some(({ url }) => url === THREAD_URL)).toBe(true);
    expect(requests.some(({ url }) => url.startsWith(extensionOrigin))).toBe(true);
  });

  it('the extension pages and the service worker ask for nothing outside the extension', () => {
    const extensionOrigin = `chrome-extension://${session.extensionId}/`;
    const fromExtension = requests.filter(({ from }) => from.startsWith(extensionOrigin));
    expect(fromExtension.length).toBeGreaterThan(0);
    for (const { url } of fromExtension) expect(url.startsWith(extensionOrigin) || url.startsWith('data:'), url).toBe(true);
    for (const url of workerResources) expect(url.startsWith(extensionOrigin), url).toBe(true);
  });
});

describe.skipIf(skip)(suiteName('A service worker stopped in the middle of scoring a thread', skip), () => {
  let session: ExtensionSession;
  let page: Page;
  let cdp: CDPSession;
  const stoppedAt: BadgeCounts[] = [];
  let final: BadgeCounts;

  beforeAll(async () => {
    session = await launchWithExtension();
    await serveCorpusPage(session.context, THREAD_URL, PAGE);
    // DevTools' ServiceWorker domain, from a page of the extension's origin, stops its worker as Chrome does when idle.
    const extensionPage = await openExtensionPage(session, 'manifest.json');
    cdp = await session.context.newCDPSession(extensionPage);
    await cdp.send('ServiceWorker.enable');
    await session.worker.evaluate(() => {
      (self as unknown as { jobfitTestMark: boolean }).jobfitTestMark = true;
    });
    page = await session.context.newPage();
    await page.goto(THREAD_URL);
    // Stop it while the first chunk is in flight, and again once a chunk has come back but not all of them.
    const deadline = Date.now() + 60_000;
    while (stoppedAt.length < 2 && Date.now() < deadline) {
      const counts = await badgeCounts(page);
      const scored = counts.scored ?? 0;
      const inFlight = (counts.pending ?? 0) > 0;
      if (inFlight && ((stoppedAt.length === 0 && scored === 0) || (stoppedAt.length === 1 && scored > 0 && scored < POSTS))) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        stoppedAt.push(counts);
      }
      if (scored >= POSTS) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await waitForStableCount(async () => (await badgeCounts(page)).scored ?? 0, { atLeast: POSTS, timeoutMs: 90_000, quietMs: 1_000 });
    final = await badgeCounts(page);
    console.info(`[e2e] worker stopped ${stoppedAt.length}× (badges then: ${JSON.stringify(stoppedAt)}); in the end: ${JSON.stringify(final)}`);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('was stopped while posts were still waiting for their score', () => {
    expect(stoppedAt.length).toBeGreaterThanOrEqual(1);
    expect(stoppedAt[0]!.pending).toBeGreaterThan(0);
  });

  it('a new worker took over (the old one and its memory are gone)', async () => {
    const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
    expect(await worker.evaluate(() => (self as unknown as { jobfitTestMark?: boolean }).jobfitTestMark ?? false)).toBe(false);
  });

  it('every post still gets its scored badge, none an error', () => {
    expect(final).toEqual({ scored: POSTS });
  });

  it('every post is stored once, with the score its badge shows', async () => {
    const stored = await readStoredJobs(session);
    expect(stored).toHaveLength(POSTS);
    const shown = new Map(
      await page.evaluate(() =>
        [...document.querySelectorAll('jobfit-badge')].map((b) => [(b as HTMLElement).dataset.jobId ?? '', (b as HTMLElement).dataset.score ?? ''] as [string, string]),
      ),
    );
    for (const job of stored) expect(shown.get(job.id)).toBe(String(Math.round(job.score)));
  });
});
