// In-page cost of JobFit in a real Chromium: on the Hacker News "Who is hiring?" thread (207 posts) and on a synthetic
// 600-post thread (corpus posts in HN's comment-row markup), the time from navigation to every badge scored and on
// screen (the end of the frame that drew the last score), the
// longest main-thread task (PerformanceObserver 'longtask', content script and page alike), and the JS heap the page
// holds with the extension beyond the same page without it. Figures only: targets < 150 ms from the load event to all
// badges on screen, no task over 50 ms; the time from DOMContentLoaded (when the content script starts) and the moment
// the last badge got its score (before the page draws it) are printed beside it.
// Each page is a first visit in a fresh browser, BENCH_PAGE_LOADS times (3) with the worker running since the browser
// started (as on a page opened soon after another) and as often with the worker stopped before the page, as Chromium
// stops it after 30 s idle (the page's first chunk starts it); medians, with every load's figure.
// Skipped (saying why) without Chromium, an extension build or the corpus.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readCorpus } from '../../lib/corpus';
import {
  e2eSkipReason, type ExtensionSession, HN_POSTS_FILE, HN_THREAD_PAGE, HN_THREAD_URL, launchWithExtension, openExtensionPage, serveHtml,
  SYNTHETIC_THREAD_URL, syntheticHnThread,
} from '../../tests/e2e/fixture';
import type { BenchSection } from '../bench';
import { median } from '../median';

const SYNTHETIC_POSTS = 600;
const TARGET_MS = 150;
const LONG_TASK_MS = 50;
const UNSCORED_TIMEOUT_MS = 30_000;
/** Fresh browsers per scenario and worker state: one page load varies by ±100 ms on these machines. */
const LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 3);

interface Scenario {
  name: string;
  url: string;
  html: string;
  posts: number;
}

/**
 * Installed before the page's own scripts: long tasks, the moments the first badge host and the last one were placed
 * (hidden until scored: the page was read to its end at the last), the moments the first and the last badge got their
 * score (put in the DOM), and the end of the frame that drew the last one.
 */
function installProbes(expected: number): void {
  const probe = { longTasks: [] as { start: number; duration: number }[], firstBadge: -1, allBadges: -1, firstScored: -1, allScored: -1, allPainted: -1 };
  (window as unknown as { jobfitBench: typeof probe }).jobfitBench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Badge hosts carry their state in data-state: a mutation observer (called once per batch of changes) notes the
  // moments. The page draws a change in its next frame: an animation-frame callback runs before that frame's style,
  // layout and paint, and a task it queues runs once they are done.
  const observer = new MutationObserver(() => {
    if (probe.firstBadge < 0 && document.querySelector('jobfit-badge')) probe.firstBadge = performance.now();
    if (probe.allBadges < 0 && document.querySelectorAll('jobfit-badge').length >= expected) probe.allBadges = performance.now();
    const scored = document.querySelectorAll('jobfit-badge[data-state="scored"]').length;
    if (scored > 0 && probe.firstScored < 0) probe.firstScored = performance.now();
    if (scored >= expected) {
      probe.allScored = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { probe.allPainted = performance.now(); }, 0));
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** The same page in a Chromium without the extension, settled: the heap the page needs on its own, and its own
 *  longest main-thread task (parsing a 600-post thread is one), so that the page's tasks are not counted as ours. */
async function baseline(scenario: Scenario): Promise<{ heap: number; longestTask: number; loadAfterDcl: number }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext();
    await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
    await serveHtml(context, scenario.url, scenario.html);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { pageTasks: number[] }).pageTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(scenario.url, { waitUntil: 'load' });
    await page.waitForTimeout(1_000);
    const { tasks, loadAfterDcl } = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { tasks: (window as unknown as { pageTasks: number[] }).pageTasks, loadAfterDcl: navigation.loadEventEnd - navigation.domContentLoadedEventEnd };
    });
    return { heap: await heapUsed(context, page), longestTask: Math.max(0, ...tasks), loadAfterDcl };
  } finally {
    await browser.close();
  }
}

/**
 * Waits for every badge to be scored and drawn; false, having said what the badges show instead, when they were not
 * within the time allowed (a badge that ends in an error never gets a score).
 */
async function allOnScreen(page: Page, name: string): Promise<boolean> {
  try {
    await page.waitForFunction(() => (window as unknown as { jobfitBench: { allPainted: number } }).jobfitBench.allPainted >= 0, undefined, { timeout: UNSCORED_TIMEOUT_MS, polling: 100 });
    return true;
  } catch {
    const states = await page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const badge of document.querySelectorAll<HTMLElement>('jobfit-badge')) {
        const state = badge.dataset.state === 'error' ? `error "${badge.shadowRoot?.textContent ?? ''}"` : (badge.dataset.state ?? 'none');
        counts[state] = (counts[state] ?? 0) + 1;
      }
      return counts;
    });
    console.log(`   ${name}: not every badge was scored within ${UNSCORED_TIMEOUT_MS / 1000} s; the badges show ${JSON.stringify(states)}`);
    return false;
  }
}

/** Stops the extension's worker (DevTools' ServiceWorker domain, from a page of the extension's origin). */
async function stopWorker(session: ExtensionSession): Promise<void> {
  const extensionPage = await openExtensionPage(session, 'manifest.json');
  const cdp = await session.context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await extensionPage.close();
}

interface Load {
  /** All badges on screen, after the load event, after DOMContentLoaded (the content script runs from there) and after navigation start. */
  sinceLoad: number;
  sinceDcl: number;
  sinceNavigation: number;
  /** The last badge given its score, after the load event: the page has yet to draw it. */
  scoredSinceLoad: number;
  /** The page's load event after DOMContentLoaded: the content script's work before it delays it. */
  loadAfterDcl: number;
  firstScoreSinceLoad: number;
  /** Main-thread tasks that ended after the first badge host was placed: the content script's, and the page's meanwhile. */
  ours: number[];
  allTasks: number[];
  heap: number;
}

/**
 * One first visit to the page in a fresh browser: with the worker running since the browser started (as on a page
 * opened soon after another), or stopped before the page, as Chromium stops it after 30 s idle (the page's first
 * chunk starts it). Null when not every badge was scored.
 */
async function loadOnce(scenario: Scenario, workerAsleep: boolean): Promise<Load | null> {
  const session = await launchWithExtension();
  try {
    await serveHtml(session.context, scenario.url, scenario.html);
    if (workerAsleep) await stopWorker(session);
    const page = await session.context.newPage();
    await page.addInitScript(installProbes, scenario.posts);
    await page.goto(scenario.url, { waitUntil: 'load' });
    if (!(await allOnScreen(page, scenario.name))) return null;
    const figures = await page.evaluate(() => {
      const probe = (window as unknown as { jobfitBench: { longTasks: { start: number; duration: number }[]; firstBadge: number; firstScored: number; allScored: number; allPainted: number } }).jobfitBench;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { ...probe, domContentLoaded: navigation.domContentLoadedEventEnd, load: navigation.loadEventEnd };
    });
    // From the first badge on, the content script is running: the tasks before it are the page's own loading.
    const ours = figures.longTasks.filter((task) => task.start + task.duration > figures.firstBadge).map((task) => task.duration);
    return {
      sinceLoad: figures.allPainted - figures.load,
      sinceDcl: figures.allPainted - figures.domContentLoaded,
      sinceNavigation: figures.allPainted,
      scoredSinceLoad: figures.allScored - figures.load,
      loadAfterDcl: figures.load - figures.domContentLoaded,
      firstScoreSinceLoad: figures.firstScored - figures.load,
      ours,
      allTasks: figures.longTasks.map((task) => task.duration),
      heap: workerAsleep ? 0 : await heapUsed(session.context, page),
    };
  } finally {
    await session.close();
  }
}

const runs = (values: readonly number[]) => `[${values.map((value) => value.toFixed(0)).join(', ')}]`;
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');

async function measure(scenario: Scenario, workerAsleep: boolean): Promise<void> {
  const loads: Load[] = [];
  for (let run = 0; run < LOADS; run++) {
    const load = await loadOnce(scenario, workerAsleep);
    if (load) loads.push(load);
  }
  console.log(`   ${scenario.name} (${scenario.posts} posts), ${workerAsleep ? 'the worker stopped before the page' : 'the worker running since the browser started'}: ${loads.length} of ${LOADS} loads scored every badge`);
  if (loads.length === 0) return;
  const sinceLoad = median(loads.map((load) => load.sinceLoad));
  console.log(`     all badges scored and on screen after the load event: median ${sinceLoad.toFixed(0)} ms ${runs(loads.map((load) => load.sinceLoad))} — target < ${TARGET_MS} ms: ${mark(sinceLoad < TARGET_MS)}`);
  console.log(`       after DOMContentLoaded, when the content script starts: median ${median(loads.map((load) => load.sinceDcl)).toFixed(0)} ms ${runs(loads.map((load) => load.sinceDcl))}; ` +
    `after navigation start ${median(loads.map((load) => load.sinceNavigation)).toFixed(0)} ms`);
  console.log(`       the last score put in the page (before its frame) after the load event: median ${median(loads.map((load) => load.scoredSinceLoad)).toFixed(0)} ms ${runs(loads.map((load) => load.scoredSinceLoad))}; ` +
    `the first score ${median(loads.map((load) => load.firstScoreSinceLoad)).toFixed(0)} ms`);
  const over = loads.map((load) => load.ours.filter((duration) => duration > LONG_TASK_MS).length);
  const longest = Math.max(0, ...loads.flatMap((load) => load.ours));
  console.log(`     main-thread tasks over ${LONG_TASK_MS} ms once JobFit runs: ${over.reduce((sum, count) => sum + count, 0)} in ${LOADS} loads, longest ${longest.toFixed(0)} ms ` +
    `${loads.map((load) => runs(load.ours)).join(' ')} — target none: ${mark(over.every((count) => count === 0))}`);
  if (workerAsleep) return;
  const { heap: without, longestTask: pageAlone, loadAfterDcl } = await baseline(scenario);
  console.log(`     the page's load event came ${median(loads.map((load) => load.loadAfterDcl)).toFixed(0)} ms after DOMContentLoaded ${runs(loads.map((load) => load.loadAfterDcl))}; without JobFit ${loadAfterDcl.toFixed(0)} ms`);
  const heap = median(loads.map((load) => load.heap));
  console.log(`       (all long tasks of the page with JobFit: ${loads.map((load) => runs(load.allTasks)).join(' ')}; the page alone, without JobFit: longest ${pageAlone.toFixed(0)} ms)`);
  console.log(`     JS heap ${(heap / 1e6).toFixed(1)} MB with JobFit, ${(without / 1e6).toFixed(1)} MB without: +${((heap - without) / 1e6).toFixed(1)} MB`);
}

const section: BenchSection = {
  title: 'Page load: badges on Hacker News threads in Chromium',
  async run() {
    const skip = e2eSkipReason([HN_THREAD_PAGE, HN_POSTS_FILE]);
    if (skip) {
      console.log(`   skipped: ${skip}`);
      return;
    }
    const scenarios: Scenario[] = [
      { name: 'Hacker News thread, December 2020', url: HN_THREAD_URL, html: readCorpus(HN_THREAD_PAGE), posts: 207 },
      { name: 'synthetic thread of corpus posts', url: SYNTHETIC_THREAD_URL, html: syntheticHnThread(SYNTHETIC_POSTS), posts: SYNTHETIC_POSTS },
    ];
    for (const scenario of scenarios) {
      await measure(scenario, false);
      await measure(scenario, true);
    }
  },
};
export default section;
