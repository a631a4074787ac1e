// Trust under failure and scrutiny, in a real Chromium: (a) reading a 207-post thread and opening the popup sends
// nothing anywhere but the page itself and the extension's own files; (b) MV3 stopping the service worker in the
// middle of scoring, and again while storing, a 600-post thread loses nothing: the content script sends the
// unanswered chunks again and every post ends up scored, badged and stored.
import type { CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../lib/corpus';
import {
  e2eSkipReason,
  HN_POSTS_FILE,
  HN_THREAD_PAGE,
  HN_THREAD_URL,
  launchWithExtension,
  openExtensionPage,
  readStoredJobs,
  serveCorpusPage,
  serveHtml,
  suiteName,
  SYNTHETIC_THREAD_URL,
  syntheticHnThread,
  waitForStableCount,
  type ExtensionSession,
} from './fixture';

const PAGE = HN_THREAD_PAGE;
const THREAD_URL = HN_THREAD_URL;
const POSTS = 207;
/** Issue #6: a thread of 500+ posts, so that the worker is stopped with many chunks in flight. */
const LONG_THREAD_POSTS = 600;
const skip = e2eSkipReason([PAGE]);
const skipLong = e2eSkipReason([PAGE, HN_POSTS_FILE]);

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
    // Badges are scored before their jobs are stored: the popup is opened on the stored thread.
    await waitForStableCount(async () => (await readStoredJobs(session)).length, { atLeast: POSTS, timeoutMs: 60_000, quietMs: 500 });
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

describe.skipIf(skipLong)(suiteName(`A service worker stopped while scoring and while storing a ${LONG_THREAD_POSTS}-post thread`, skipLong), () => {
  let session: ExtensionSession;
  let page: Page;
  let cdp: CDPSession;
  type StopPhase = 'scoring' | 'storing';
  /**
   * Stops while the thread is scored: the first this long after the page's first chunk started the worker, while the
   * page is still being read and sends its chunks (some are answered before the stop, the rest are sent again)...
   */
  const FIRST_STOP_AFTER_MS = 100;
  /**
   * ...and each later one this soon after the page's chunks, sent again, start the worker again: before it has
   * answered them all. 100 ms after each start, as the first, let a machine twice as fast score the rest of the thread
   * before the third stop (2 failures in 4 runs).
   */
  const RESTART_STOP_AFTER_MS = 20;
  const SCORING_STOPS = 3;
  const stops: { phase: StopPhase; at: number; counts: BadgeCounts | null }[] = [];
  let final: BadgeCounts;
  /** When the page's last badge got its score (the clock of Date.now()). */
  let allScoredAt: number;

  beforeAll(async () => {
    session = await launchWithExtension();
    await serveHtml(session.context, SYNTHETIC_THREAD_URL, syntheticHnThread(LONG_THREAD_POSTS));
    // DevTools' ServiceWorker domain, from a page of the extension's origin, stops its worker as Chrome does when idle.
    const extensionPage = await openExtensionPage(session, 'manifest.json');
    cdp = await session.context.newCDPSession(extensionPage);
    let startedAt = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.runningStatus === 'running')) startedAt ||= Date.now();
    });
    await cdp.send('ServiceWorker.enable');
    await session.worker.evaluate(() => {
      (self as unknown as { jobfitTestMark: boolean }).jobfitTestMark = true;
    });
    // Stopped before the page, the worker is started again by the page's first chunk: scoring has begun then. (The
    // page itself cannot be asked: its main thread is busy reading the thread.)
    await cdp.send('ServiceWorker.stopAllWorkers');
    startedAt = 0;
    page = await session.context.newPage();
    await page.addInitScript((posts: number) => {
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll('jobfit-badge[data-state="scored"]').length < posts) return;
        (window as unknown as { allScoredAt: number }).allScoredAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    }, LONG_THREAD_POSTS);
    await page.goto(SYNTHETIC_THREAD_URL, { waitUntil: 'commit' });
    // Stopped shortly after each start, while the page's chunks are being scored; the content script sends the
    // unanswered ones again, which starts the next worker.
    const deadline = Date.now() + 90_000;
    while (stops.length < SCORING_STOPS && Date.now() < deadline) {
      if (startedAt && Date.now() - startedAt >= (stops.length === 0 ? FIRST_STOP_AFTER_MS : RESTART_STOP_AFTER_MS)) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        startedAt = 0;
        stops.push({ phase: 'scoring', at: Date.now(), counts: null });
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Once more when every badge is scored: the chunks are being stored then.
    while (!stops.some(({ phase }) => phase === 'storing') && Date.now() < deadline) {
      const counts = await badgeCounts(page);
      if ((counts.scored ?? 0) >= LONG_THREAD_POSTS) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        stops.push({ phase: 'storing', at: Date.now(), counts });
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await waitForStableCount(async () => (await badgeCounts(page)).scored ?? 0, { atLeast: LONG_THREAD_POSTS, timeoutMs: 120_000, quietMs: 1_000 });
    // Storing is retried until acknowledged: wait until every badge's job is in the store (or give up after a minute).
    const storeDeadline = Date.now() + 60_000;
    while (Date.now() < storeDeadline) {
      const stored = new Set((await readStoredJobs(session)).map((job) => job.id));
      if ((await shownJobs(page)).every(({ jobId }) => stored.has(jobId))) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    final = await badgeCounts(page);
    allScoredAt = await page.evaluate(() => (window as unknown as { allScoredAt: number }).allScoredAt);
    const when = stops.map(({ phase, at, counts }) => ({ phase, msBeforeLastScore: Math.round(allScoredAt - at), counts }));
    console.info(`[e2e] worker stopped: ${JSON.stringify(when)}; badges in the end: ${JSON.stringify(final)}`);
  }, 300_000);
  afterAll(async () => {
    await session?.close();
  });

  it('was stopped while posts were still waiting for their score, and again while they were being stored', () => {
    const scoring = stops.filter(({ phase }) => phase === 'scoring');
    expect(scoring).toHaveLength(SCORING_STOPS);
    for (const { at } of scoring) expect(at).toBeLessThan(allScoredAt);
    expect(stops.map(({ phase }) => phase)).toContain('storing');
  });

  it('a new worker took over (the old one and its memory are gone)', async () => {
    const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
    expect(await worker.evaluate(() => (self as unknown as { jobfitTestMark?: boolean }).jobfitTestMark ?? false)).toBe(false);
  });

  it('every post still gets its scored badge, none an error', () => {
    expect(final).toEqual({ scored: LONG_THREAD_POSTS });
  });

  it('every post is stored, one record per job, with the score its badge shows', async () => {
    const stored = await readStoredJobs(session);
    const shown = await shownJobs(page);
    expect(shown).toHaveLength(LONG_THREAD_POSTS);
    const storedIds = new Set(stored.map((job) => job.id));
    for (const { jobId } of shown) expect(storedIds.has(jobId), jobId).toBe(true);
    // The same employer's post in two months is one job (the store's dedupe): no job is stored twice, none is extra.
    const postsPerJob = new Map<string, { jobId: string; score: string }[]>();
    for (const post of shown) postsPerJob.set(post.jobId, [...(postsPerJob.get(post.jobId) ?? []), post]);
    expect(stored).toHaveLength(postsPerJob.size);
    for (const job of stored) {
      const posts = postsPerJob.get(job.id)!;
      if (posts.length === 1) expect(posts[0]!.score).toBe(String(Math.round(job.score)));
    }
  });
});

/** Each badge's job id (the stored job's, once stored) and the score it shows. */
function shownJobs(page: Page): Promise<{ jobId: string; score: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('jobfit-badge')].map((badge) => ({ jobId: (badge as HTMLElement).dataset.jobId ?? '', score: (badge as HTMLElement).dataset.score ?? '' })),
  );
}
