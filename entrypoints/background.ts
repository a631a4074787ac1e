// Thin wiring: parse every message, score (answered at once) and store (a second message) through lib/, and keep the
// toolbar badge in step.
// MV3 may kill this worker at any time: nothing that must survive lives in memory (per-tab counts are in
// storage.session), and the listener is registered synchronously at start.
import { browser, type Browser } from 'wxt/browser';
import {
  describeFailure, fallbackProfile, savePostings, scorePostings, toolbarBadgeText, WARM_UP_POSTING, warmUpScorer,
} from '../lib/evaluate-page';
import { keepAliveDuring } from '../lib/keep-alive';
import {
  ContentMessage,
  ErrorReply,
  ExtensionPageMessage,
  PageReport,
  type EvaluateNow,
  type SavePostings,
  type SavePostingsReply,
  type ScorePostings,
  type ScorePostingsReply,
} from '../lib/messages';
import type { Verdict } from '../lib/model';
import { DEFAULT_PROFILE } from '../lib/score/profile';
import { score } from '../lib/score/score';
import { openJobDb, type JobDb } from '../lib/store/db';
import { recordHealth } from '../lib/store/health';
import { resumeRescore, setStatus } from '../lib/store/jobs';
import { latestRead } from '../lib/store/latest-read';
import { loadProfile } from '../lib/store/settings';

const MATCH_BADGE_COLOR = '#1a7f37';

/** A trivial extension API call: it resets the clock after which Chromium stops an idle worker (keep-alive.ts). */
const pingRuntime = () => browser.runtime.getPlatformInfo();

let db: JobDb | null = null;
/** The database, opened at the first call; an upgrade from an older schema version runs in that open (keep-alive.ts). */
function jobDb(): JobDb {
  if (!db) {
    db = openJobDb();
    void keepAliveDuring(db.open(), pingRuntime).catch(() => undefined);
  }
  return db;
}

/**
 * The profile, read at most once a second: a long page sends a dozen chunks at once, and reading the profile for each
 * was a tenth of the worker's time on a 600-post thread. While a new read waits behind a page's chunks being stored,
 * the profile read last is used. The options page writes the database directly and re-scores the stored jobs itself;
 * a posting stored within a second or two of that save may still be scored by the previous profile, as one stored
 * while the options page was re-scoring always could.
 */
const currentProfile = latestRead(
  () => loadProfile(jobDb(), fallbackProfile(DEFAULT_PROFILE, Intl.DateTimeFormat().resolvedOptions().timeZone)),
  1_000,
);

export default defineBackground(() => {
  // Opened (created, on a first run) now rather than on a page's first score request, which needs the profile.
  jobDb();
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) =>
    handleMessage(message, sender).catch((error: unknown): ErrorReply => ({ error: describeFailure(error) })),
  );
  browser.tabs.onRemoved.addListener((tabId: number) => {
    void browser.storage.session.remove(tabVerdictsKey(tabId));
  });
  void warmUp().then(finishRescoring).catch(() => undefined);
});

/**
 * A re-scoring of the stored jobs that the settings page started and did not finish (the page was closed, or this
 * worker was stopped: 10,000 jobs take a minute) is finished here, with the profile stored now.
 */
async function finishRescoring(): Promise<void> {
  await keepAliveDuring(resumeRescore(jobDb(), await currentProfile(), score), pingRuntime);
}

/**
 * What a worker's first page would pay before its first badge, paid when the worker starts instead (after the
 * listeners, which must be registered synchronously): the first read of the profile (the browser's time zone, and
 * the database), the message schema's first use and the scorer's first postings.
 */
async function warmUp(): Promise<void> {
  await activated();
  ContentMessage.safeParse({ type: 'score-postings', postings: [WARM_UP_POSTING] } satisfies ScorePostings);
  warmUpScorer(await currentProfile());
}

/**
 * Resolves once this worker is the active one (at once for a worker started again). A first worker stopped while it
 * installs is thrown away (it turns redundant, and messages then find no receiver): the warm-up, a hundred
 * milliseconds of one task, waits rather than keep a new worker in its install.
 */
function activated(): Promise<void> {
  const worker = (globalThis as { serviceWorker?: ServiceWorker }).serviceWorker;
  if (!worker || worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
}

async function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return { error: 'JobFit only answers its own scripts.' } satisfies ErrorReply;
  if (isExtensionPage(sender)) {
    // The popup, or the dashboard in a tab of its own: JobFit's pages, which may ask for a page to be read.
    const parsed = ExtensionPageMessage.safeParse(message);
    if (!parsed.success) return { error: `JobFit refused a malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    return evaluateActiveTab();
  }
  if (!sender.tab) return { error: 'JobFit refused a message from an unknown sender.' } satisfies ErrorReply;
  // A content script runs on a stranger's page: it may only send ContentMessage, and only about its own tab.
  const parsed = ContentMessage.safeParse(message);
  if (!parsed.success) return { error: `JobFit refused a malformed message from a page: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  if (parsed.data.type === 'score-postings') return { scored: scorePostings(parsed.data.postings, await currentProfile()) } satisfies ScorePostingsReply;
  if (parsed.data.type === 'save-postings') return savePage(parsed.data, sender.tab.id);
  await setStatus(jobDb(), parsed.data.jobId, 'contacted');
  return { ok: true };
}

/** Content scripts report the page they run on; only JobFit's own pages have the extension's origin. */
function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  const own = new URL(browser.runtime.getURL('/')).origin;
  const origin = sender.origin ?? (sender.url ? new URL(sender.url).origin : null);
  return origin === own;
}

async function savePage(message: SavePostings, tabId: number | undefined): Promise<SavePostingsReply> {
  if (message.health) await recordHealth(jobDb(), message.health);
  const { saved, verdicts } = await savePostings(jobDb(), message.postings, await currentProfile());
  if (tabId !== undefined) await updateToolbarBadge(tabId, message.url, verdicts);
  return { saved };
}

const tabVerdictsKey = (tabId: number) => `tab-verdicts:${tabId}`;
interface TabVerdicts {
  url: string;
  verdicts: Record<string, Verdict>;
}

/** Toolbar updates one after another: chunks of a page are saved concurrently, and each reads and rewrites the tab's verdicts. */
let toolbarUpdates: Promise<void> = Promise.resolve();

/** A page's postings arrive in chunks; the verdicts of its page so far are kept per tab, reset when the URL changes. */
function updateToolbarBadge(tabId: number, url: string, verdicts: [string, Verdict][]): Promise<void> {
  toolbarUpdates = toolbarUpdates.catch(() => undefined).then(() => writeToolbarBadge(tabId, url, verdicts));
  return toolbarUpdates;
}

async function writeToolbarBadge(tabId: number, url: string, verdicts: [string, Verdict][]): Promise<void> {
  const key = tabVerdictsKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as TabVerdicts | undefined;
  const current: TabVerdicts = stored?.url === url ? stored : { url, verdicts: {} };
  for (const [postingId, verdict] of verdicts) current.verdicts[postingId] = verdict;
  await browser.storage.session.set({ [key]: current });
  // Firefox's MV2 build has browserAction, Chromium's MV3 build has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: MATCH_BADGE_COLOR });
  await action.setBadgeText({ tabId, text: toolbarBadgeText(Object.values(current.verdicts)) });
}

/**
 * The popup's "evaluate this page": on a board page the board's content script is already there and answers;
 * elsewhere, or where it found nothing, the on-demand script (every adapter and the generic reader) is injected
 * (activeTab grants that on the page the user opened the popup on), takes over the page and is asked to read it.
 */
async function evaluateActiveTab(): Promise<PageReport | ErrorReply> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { error: 'JobFit found no active tab to read.' };
  // Without the "tabs" permission the URL is known only where JobFit may run; the injection tells the rest.
  if (tab.url !== undefined && !/^https?:/.test(tab.url)) return { error: 'JobFit can only read web pages (http or https).' };
  // A board's script reads with its adapter alone: a page it finds nothing on gets the generic reader injected.
  const running = await askTabToEvaluate(tab.id).catch(() => null);
  if (running && !('kind' in running && running.kind === 'none')) return running;
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
  } catch (error) {
    return { error: `JobFit may not read this page (${error instanceof Error ? error.message : String(error)}). Open JobFit from the toolbar on that page.` };
  }
  return (await askTabToEvaluate(tab.id)) ?? { error: 'JobFit got no answer from the page.' };
}

/** The tab's report, its error, or null when no content script listens there. */
async function askTabToEvaluate(tabId: number): Promise<PageReport | ErrorReply | null> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'evaluate-now' } satisfies EvaluateNow);
  const report = PageReport.safeParse(reply);
  if (report.success) return report.data;
  const error = ErrorReply.safeParse(reply);
  return error.success ? error.data : null;
}
