// Real-browser harness: Debian's Chromium with the built extension loaded, saved corpus pages served at their real
// URLs, and no request ever leaving the machine. Each test file launches one browser (2 cores: one at a time).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { corpusDir, corpusPath, hasCorpus, readCorpus } from '../../lib/corpus';
import { Job } from '../../lib/model';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM_PATH = process.env.JOBFIT_CHROMIUM ?? '/usr/bin/chromium';
/** The built extension; JOBFIT_EXTENSION_DIR points the tests and benches at a build elsewhere. */
export const EXTENSION_DIR = process.env.JOBFIT_EXTENSION_DIR ?? path.join(projectRoot, '.output/chrome-mv3');

/**
 * Why the e2e tests of a file cannot run here, or null when they can. Put the reason in the suite name so that
 * a skipped run says why: `describe.skipIf(skip)(suiteName('HN thread', skip), …)`.
 */
export function e2eSkipReason(corpusFiles: readonly string[] = []): string | null {
  const missing = !existsSync(CHROMIUM_PATH)
    ? `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set JOBFIT_CHROMIUM)`
    : !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))
      ? `no extension build in ${EXTENSION_DIR} (run npm run build)`
      : null;
  // CI installs Chromium and builds before the e2e step: there, a missing one is a failure, not a reason to skip.
  if (missing && process.env.CI) throw new Error(`e2e cannot run in CI: ${missing}`);
  if (missing) return missing;
  if (corpusFiles.length > 0 && !hasCorpus()) return `no corpus at ${corpusDir()} (set JOBFIT_CORPUS)`;
  const absent = corpusFiles.find((rel) => !existsSync(corpusPath(rel)));
  return absent ? `corpus file missing: ${absent}` : null;
}

export function suiteName(name: string, skipReason: string | null): string {
  return skipReason ? `${name} — SKIPPED: ${skipReason}` : name;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker at launch (it may be restarted later: prefer extension pages for state). */
  worker: Worker;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension in a fresh profile; every outside request is aborted. */
export async function launchWithExtension(): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'jobfit-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Playwright's headless mode for a full Chromium binary is the new headless mode, which loads extensions.
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Routes run newest first: pages served later by serveCorpusPage win over this catch-all.
  await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    // A worker that DevTools stops while it installs is thrown away (CDP shows it turn redundant) and every message
    // then fails with 'Receiving end does not exist'. Tests that stop the worker, as Chromium does when it is idle,
    // start from an active one, as in a browser where JobFit is already installed.
    await worker.evaluate(() => new Promise<void>((resolve) => {
      const scope = globalThis as unknown as { serviceWorker: { state: string; addEventListener(type: 'statechange', listener: () => void): void } };
      if (scope.serviceWorker.state === 'activated') resolve();
      else scope.serviceWorker.addEventListener('statechange', () => scope.serviceWorker.state === 'activated' && resolve());
    }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      worker,
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Answers requests for `url` (exactly, ignoring the fragment) with a saved corpus page. */
export async function serveCorpusPage(context: BrowserContext, url: string, rel: string): Promise<void> {
  await serveHtml(context, url, readCorpus(rel));
}

export async function serveHtml(context: BrowserContext, url: string, html: string): Promise<void> {
  const wanted = new URL(url);
  await context.route(
    (requested) => requested.origin === wanted.origin && requested.pathname === wanted.pathname && requested.search === wanted.search,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

export function extensionUrl(session: ExtensionSession, page: string): string {
  return `chrome-extension://${session.extensionId}/${page}`;
}

/** Opens an extension page (e.g. `popup.html`) in a new tab. */
export async function openExtensionPage(session: ExtensionSession, page = 'popup.html'): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(extensionUrl(session, page));
  return tab;
}

/**
 * Every job the extension stored, read with the raw IndexedDB API from a page of the extension's origin (the
 * database lives there, not in the test's process), each parsed with the Job schema.
 */
export async function readStoredJobs(session: ExtensionSession, dbName = 'jobfit'): Promise<Job[]> {
  const tab = await openExtensionPage(session, 'manifest.json');
  try {
    const records = await tab.evaluate(async (name) => {
      const known = await indexedDB.databases();
      if (!known.some((db) => db.name === name)) return [];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('jobs')) return [];
        return await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction('jobs', 'readonly').objectStore('jobs').getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      } finally {
        db.close();
      }
    }, dbName);
    return records.map((record) => Job.parse(record));
  } finally {
    await tab.close();
  }
}

/** Waits until `count()` stops changing and is at least `atLeast`, e.g. while badges are still being mounted. */
export async function waitForStableCount(
  count: () => Promise<number>,
  { atLeast = 1, timeoutMs = 60_000, quietMs = 1_500 } = {},
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const now = await count();
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (now >= atLeast && Date.now() - stableSince >= quietMs) {
      return now;
    }
    if (Date.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const HN_THREAD_PAGE = 'pages/hn/hn_whoishiring_december_2020_item_25266288_page1.html';
export const HN_THREAD_URL = 'https://news.ycombinator.com/item?id=25266288';
/** Corpus posts (HN API records) that a synthetic thread is built from. */
export const HN_POSTS_FILE = 'hn/hn-2019-2020.jsonl';
export const SYNTHETIC_THREAD_URL = 'https://news.ycombinator.com/item?id=21936440';

/**
 * The saved thread with its comment tree replaced by `count` corpus posts, each as a top-level HN comment row as
 * current HN writes it (indent="0" beside the 2020 spacer): a "Who is hiring?" thread as long as a test needs (the
 * saved one, in 2020 markup, has 207 posts).
 */
export function syntheticHnThread(count: number): string {
  const page = readCorpus(HN_THREAD_PAGE);
  const treeStart = page.indexOf("class='comment-tree'>");
  const treeEnd = page.lastIndexOf('</table>', page.indexOf('<tr class="morespace"'));
  const posts = readCorpus(HN_POSTS_FILE)
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, count)
    .map((line) => JSON.parse(line) as { id: number; text_html: string });
  if (posts.length < count) throw new Error(`${HN_POSTS_FILE} has ${posts.length} posts, fewer than ${count}`);
  const rows = posts.map(
    ({ id, text_html }) => `<tr class='athing comtr ' id='${id}'><td><table border='0'><tr><td class='ind' indent='0'><img src="s.gif" height="1" width="0"></td>` +
      `<td valign="top" class="votelinks"></td><td class="default"><div><span class="comhead"><a href="user?id=u${id}" class="hnuser">u${id}</a> ` +
      `<span class="age" title="2020-01-02T12:00:00"><a href="item?id=${id}">1 day ago</a></span></span></div><br><div class="comment">` +
      `<span class="commtext c00">${text_html}</span><div class='reply'></div></div></td></tr></table></td></tr>`,
  );
  return `${page.slice(0, treeStart + "class='comment-tree'>".length)}${rows.join('\n')}${page.slice(treeEnd)}`;
}
