// One page's life in the content script: read it in slices (the page stays responsive on a thread of hundreds of
// posts), send its postings to the background in concurrent chunks to be scored, badge each item as its scores
// arrive, then have them stored; and read the page again when a single-page app swaps the job or a list grows.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BadgeResult, BadgeState } from '../../lib/badge-view';
import type { ExtractedItem, PageExtraction, PageReading } from '../../lib/extract/read-page';
// Types only: zod stays out of the content script (it would triple its size). What arrives here comes from
// JobFit's own background, which parsed everything it answers with; the shapes are still checked before use.
import type {
  BoardHealth, ErrorReply, PageReport, SavePostings, SavePostingsReply, ScoredPosting, ScorePostings, ScorePostingsReply,
} from '../../lib/messages';
import type { Posting } from '../../lib/model';
import { releaseBadgeLines, removeBadgeLines } from './badge-line';
import { BadgeHost, isJobFitNode, SummaryHost } from './in-page';

/** How a content script reads its page: with its board's adapter, or (the on-demand script) with any reader. */
export type PageReader = (doc: Document, url: string, options: { generic: boolean }) => PageReading;

/** Postings per message: small enough that the first badges come back at once, large enough to keep messages few. */
const CHUNK_SIZE = 50;
const RESCAN_DELAY_MS = 400;
/**
 * A message that got no answer (the worker was stopped, or is starting again, which takes seconds on a busy machine)
 * is sent this many times in all, a little later each time (about 8 s in all) before its badges say it failed.
 */
const SEND_ATTEMPTS = 8;
const RETRY_DELAY_MS = 300;
const MAX_RETRY_DELAY_MS = 2_000;
/** Main-thread work per task: below the 50 ms of a long task, with room for the page's own work. */
const SLICE_MS = 30;
/** How long storing waits for the page to draw its last badges, where no frame comes (a tab in the background). */
const PAINT_WAIT_MS = 100;
/** Page rows hidden by "hide others" carry this attribute; one page-level rule hides them. */
const HIDDEN_ATTRIBUTE = 'data-jobfit-hidden';
const PAGE_LEVEL_KEY = '\u0000page';

/** All content scripts of the extension share one global scope per page: the session running there, if any. */
const shared = globalThis as { jobfitSession?: ContentScriptContext };

export function startPageSession(ctx: ContentScriptContext, readPage: PageReader): void {
  // One session per page: the popup's on-demand reader, injected over a board's script, takes over from it.
  shared.jobfitSession?.notifyInvalidated();
  shared.jobfitSession = ctx;

  const badges = new Map<string, BadgeHost>();
  const results = new Map<string, Omit<BadgeResult, 'jobId'>>();
  /** Why a posting has no score (its chunk was refused or never answered), until it is scored again. */
  const failures = new Map<string, string>();
  /** The stored job each posting became (another board's copy of the same job keeps its id). */
  const jobIds = new Map<string, string>();
  /** Postings already scored for the current URL: a new URL sends them again (the toolbar count is per page). */
  let sentForUrl = new Set<string>();
  /** The failed fields last reported for this URL (null: none yet), so that a rescan does not report them again. */
  let sentHealth: string | null = null;
  let currentUrl = location.href;
  let items: ExtractedItem[] = [];
  let listPage = false;
  let summary: SummaryHost | null = null;
  let progress: { done: number; total: number } | null = null;
  let hideOthers = false;
  let focusedMatch = -1;

  /** Gives the page's main thread back until the next task; the session's work resumes after the page's. */
  const nextTask = (): Promise<void> => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
  };

  /** Resolves once the page has drawn what the session changed (the next frame, then a task), or after PAINT_WAIT_MS. */
  const afterPaint = (): Promise<void> => new Promise((resolve) => {
    const fallback = ctx.setTimeout(resolve, PAINT_WAIT_MS);
    ctx.requestAnimationFrame(() => ctx.setTimeout(() => {
      clearTimeout(fallback);
      resolve();
    }, 0));
  });

  /**
   * Runs a pausing generator, handing the main thread back whenever a slice of work has taken SLICE_MS; each value it
   * yields goes to `take`. The first slice starts in a task of its own: what ran before it in the same task (the
   * script's start, the decoding of a background answer) would make it a long task.
   */
  async function inSlices<T, Step>(steps: Generator<Step, T, void>, take?: (value: Step) => void): Promise<T> {
    await nextTask();
    let sliceEnd = performance.now() + SLICE_MS;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      take?.(step.value);
      if (performance.now() >= sliceEnd) {
        await nextTask();
        sliceEnd = performance.now() + SLICE_MS;
      }
    }
  }

  function* each<T>(list: readonly T[], visit: (value: T) => void): Generator<void, void, void> {
    for (const value of list) {
      visit(value);
      yield;
    }
  }

  const contact = (postingId: string) => {
    const jobId = jobIds.get(postingId) ?? postingId;
    void browser.runtime.sendMessage({ type: 'mark-contacted', jobId }).catch(() => undefined);
  };

  function setBadge(item: ExtractedItem | null, key: string, state: BadgeState): void {
    let badge = badges.get(key);
    if (badge && !badge.connected) {
      badge.remove();
      badge = undefined;
    }
    if (badge) badge.show(state);
    else badges.set(key, new BadgeHost(key, item?.element ?? null, state, () => contact(key)));
  }

  function removeBadge(key: string): void {
    badges.get(key)?.remove();
    badges.delete(key);
  }

  function stateFor(item: ExtractedItem): BadgeState {
    const id = item.posting.id;
    const result = results.get(id);
    if (result) return { kind: 'scored', title: item.posting.title, result: { ...result, jobId: jobIds.get(id) ?? id } };
    const failure = failures.get(id);
    return failure === undefined ? { kind: 'pending' } : { kind: 'error', message: failure };
  }

  /** The posting's badge says why it has no score (now, or when it is placed). */
  function fail(postingId: string, message: string): void {
    failures.set(postingId, message);
    if (badges.has(postingId)) setBadge(null, postingId, { kind: 'error', message });
  }

  async function scan(generic: boolean): Promise<PageReport> {
    if (location.href !== currentUrl) {
      currentUrl = location.href;
      sentForUrl = new Set();
      sentHealth = null;
    }
    const url = currentUrl;
    // Chunks go to the background while the rest of the page is still being read: scoring them (the longest part of
    // a long thread) starts with the first fifty posts instead of after the last.
    const scoring: Promise<Posting[]>[] = [];
    let chunk: ExtractedItem[] = [];
    const dispatch = () => {
      if (chunk.length === 0) return;
      scoring.push(scoreChunk(chunk));
      chunk = [];
    };
    /** Has a posting read whole scored, unless it already was for this URL. */
    const queueScoring = (item: ExtractedItem) => {
      if (sentForUrl.has(item.posting.id)) return;
      chunk.push(item);
      if (chunk.length === CHUNK_SIZE) dispatch();
    };
    // The page is only read here, not changed: badges placed between the slices of the reading had a 600-post thread
    // laid out and painted again after every other slice (50-110 ms each time).
    const queued = new Set<ExtractedItem>();
    const extraction: PageExtraction = await inSlices(readPage(document, url, { generic }), (item) => {
      if (!item || item.posting.missing.length > 0) return;
      queued.add(item);
      queueScoring(item);
    });
    items = extraction.items;
    listPage = extraction.kind === 'list';
    const failedFields = extraction.health?.failedFields ?? [];

    const present = new Set(items.map((item) => item.posting.id));
    for (const [key, badge] of badges) {
      // A job that left the page (SPA navigation, virtualised list) takes its badge along: no stale score.
      if (!present.has(key) || !badge.connected) removeBadge(key);
    }
    if (items.length === 0 && failedFields.length > 0) setBadge(null, PAGE_LEVEL_KEY, { kind: 'unreadable', failedFields });

    for (const item of items) if (!queued.has(item) && item.posting.missing.length === 0) queueScoring(item);
    dispatch();
    // Every badge is placed once the page is read, one slice after another, so that the page is laid out once for them
    // all. A timer first: unlike a yield to the scheduler, it runs after the tasks already waiting, so that the page's
    // load event is not held up any longer (on a 600-post thread it came 340 ms after DOMContentLoaded instead of 567,
    // 10 without JobFit) and the scores that came meanwhile are drawn with their badges at once.
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    await inSlices(each(items, (item) => {
      const id = item.posting.id;
      // Half-read: said plainly, never scored as if whole, never stored.
      if (item.posting.missing.length > 0) setBadge(item, id, { kind: 'unreadable', failedFields: failedFields.length > 0 ? failedFields : item.posting.missing });
      else {
        const badge = badges.get(id);
        if (!badge || !badge.connected || badge.anchor !== (item.element ?? null)) {
          removeBadge(id);
          setBadge(item, id, stateFor(item));
        }
      }
    }));
    releaseBadgeLines(new Set([...badges.values()].flatMap((badge) => (badge.anchor ? [badge.anchor] : []))));
    updateSummary();
    await stored(url, scoring, extraction.health);
    const evaluated = items.filter((item) => results.has(item.posting.id));
    return {
      board: extraction.board,
      kind: extraction.kind,
      evaluated: evaluated.length,
      matches: evaluated.filter((item) => results.get(item.posting.id)!.evaluation.verdict === 'match').length,
      failedFields,
    };
  }

  /** Has a chunk scored and badges each of its items as the answer comes; resolves to the postings to store. */
  async function scoreChunk(chunk: ExtractedItem[]): Promise<Posting[]> {
    if (progress) progress.total += chunk.length;
    else progress = { done: 0, total: chunk.length };
    updateSummary();
    const scored = await score(chunk);
    if (ctx.isInvalid) return [];
    await inSlices(each(chunk, (item) => {
      const result = typeof scored === 'string' ? undefined : scored.get(item.posting.id);
      if (!result) {
        fail(item.posting.id, typeof scored === 'string' ? scored : 'JobFit got no score for this job.');
        return;
      }
      results.set(item.posting.id, { ...result, mailto: results.get(item.posting.id)?.mailto ?? null });
      failures.delete(item.posting.id);
      sentForUrl.add(item.posting.id);
      if (badges.has(item.posting.id)) setBadge(item, item.posting.id, stateFor(item));
    }));
    if (progress) progress.done += chunk.length;
    updateSummary();
    return typeof scored === 'string' ? [] : chunk.flatMap((item) => (scored.has(item.posting.id) ? [item.posting] : []));
  }

  /** Once every chunk is scored, has them stored (so that storing never holds up a score in the worker's one thread). */
  async function stored(url: string, scoring: Promise<Posting[]>[], pageHealth: BoardHealth | null): Promise<void> {
    // How the board read goes to the background once per page and change (rescans repeat it), with the first chunk,
    // or alone when the page gave nothing whole to send.
    const healthKey = pageHealth ? pageHealth.failedFields.join(',') : null;
    const health = healthKey !== null && healthKey !== sentHealth ? pageHealth : null;
    sentHealth = healthKey ?? sentHealth;
    if (scoring.length === 0 && health) await save(url, [], health);
    const scoredChunks = await Promise.all(scoring);
    progress = null;
    updateSummary();
    applyHideOthers();
    // The last badges are drawn first: sending a long page's postings takes its main thread for 10-20 ms (a 600-post
    // thread's megabyte of text, and the garbage collection after it), which held up the frame that showed them.
    await afterPaint();
    await Promise.all(scoredChunks.map((postings, index) => (postings.length > 0 || (index === 0 && health) ? save(url, postings, index === 0 ? health : null) : undefined)));
  }

  async function score(chunk: readonly ExtractedItem[]): Promise<Map<string, ScoredPosting> | string> {
    const message: ScorePostings = { type: 'score-postings', postings: chunk.map((item) => item.posting) };
    const reply = await send(message, isScoreReply);
    return typeof reply === 'string' ? reply : new Map(reply.scored.map((result) => [result.postingId, result]));
  }

  /**
   * Stores what the badges show. Until the background acknowledges it, the chunk is sent again: a worker stopped in
   * the middle loses nothing, and storing the same chunk twice stores it once. A chunk that never gets stored turns
   * its badges into the error and is scored again on the next reading of the page.
   */
  async function save(url: string, postings: SavePostings['postings'], health: BoardHealth | null): Promise<void> {
    const reply = await send({ type: 'save-postings', url, postings, health } satisfies SavePostings, isSaveReply);
    if (typeof reply !== 'string') {
      for (const { postingId, jobId, mailto } of reply.saved) {
        jobIds.set(postingId, jobId);
        const result = results.get(postingId);
        if (result) results.set(postingId, { ...result, mailto });
        badges.get(postingId)?.setJob(jobId, mailto);
      }
      return;
    }
    for (const posting of postings) {
      sentForUrl.delete(posting.id);
      results.delete(posting.id);
      fail(posting.id, reply);
    }
  }

  /**
   * The background's reply, or the error to show. A message that got no answer at all is sent again: MV3 stops the
   * worker when it likes (mid-chunk too), and the next message starts a fresh one.
   */
  async function send<Reply>(message: ScorePostings | SavePostings, isReply: (reply: unknown) => reply is Reply): Promise<Reply | string> {
    let failure = '';
    for (let attempt = 0; attempt < SEND_ATTEMPTS && !ctx.isInvalid; attempt++) {
      if (attempt > 0) await new Promise<void>((resolve) => ctx.setTimeout(resolve, Math.min(RETRY_DELAY_MS * attempt, MAX_RETRY_DELAY_MS)));
      try {
        const reply: unknown = await browser.runtime.sendMessage(message);
        if (isReply(reply)) return reply;
        // Chromium's own sendMessage resolves with nothing, rather than failing, when the worker stopped mid-answer.
        if (reply === undefined) {
          failure = 'no answer';
          continue;
        }
        return isErrorReply(reply) ? reply.error : 'JobFit got an answer it could not read.';
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
    }
    return `JobFit could not reach its background: ${failure}`;
  }

  // --- list pages: summary bar, "hide others", j/k navigation --------------------------------------------------

  function matchItems(): ExtractedItem[] {
    return items.filter((item) => results.get(item.posting.id)?.evaluation.verdict === 'match' && item.element);
  }

  function updateSummary(): void {
    if (!listPage || items.length < 2) {
      summary?.remove();
      summary = null;
      return;
    }
    summary ??= new SummaryHost();
    summary.show({
      matches: matchItems().length,
      total: items.length,
      // A page scored in one chunk needs no progress: its scores come back at once.
      progress: progress && progress.total > CHUNK_SIZE ? progress : null,
      hideOthers,
      onToggleHideOthers: (hide) => {
        hideOthers = hide;
        applyHideOthers();
        updateSummary();
      },
      onPrevious: () => moveToMatch(-1),
      onNext: () => moveToMatch(1),
    });
  }

  /** A card's rows: the card, and for table rows (threads) the reply rows up to the next card. */
  function territory(index: number): Element[] {
    const card = items[index]?.element;
    if (!card) return [];
    const rows = [card];
    if (card instanceof HTMLTableRowElement) {
      const next = items[index + 1]?.element ?? null;
      for (let row = card.nextElementSibling; row && row !== next; row = row.nextElementSibling) rows.push(row);
    }
    return rows;
  }

  function applyHideOthers(): void {
    for (const row of document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)) row.removeAttribute(HIDDEN_ATTRIBUTE);
    if (!hideOthers || !listPage) return;
    items.forEach((item, index) => {
      const verdict = results.get(item.posting.id)?.evaluation.verdict;
      if (verdict && verdict !== 'match') for (const row of territory(index)) row.setAttribute(HIDDEN_ATTRIBUTE, '');
    });
  }

  function moveToMatch(step: 1 | -1): void {
    const matches = matchItems();
    if (matches.length === 0) return;
    focusedMatch = (focusedMatch + step + matches.length) % matches.length;
    const target = matches[focusedMatch]!;
    target.element!.scrollIntoView({ block: 'start', behavior: 'smooth' });
    badges.get(target.posting.id)?.host.animate([{ outline: '3px solid #2f5bd3' }, { outline: '3px solid transparent' }], { duration: 1200 });
  }

  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (!summary || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event)) return;
    if (event.key === 'j' || event.key === 'n') moveToMatch(1);
    else if (event.key === 'k' || event.key === 'p') moveToMatch(-1);
  });

  // --- reading again: SPA navigation, infinite lists, the popup's request ---------------------------------------

  addHiddenRule();
  let running: Promise<PageReport> = scan(false);
  let rescanTimer: number | undefined;
  function rescan(generic = false): Promise<PageReport> {
    running = running.catch(() => undefined).then(() => scan(generic));
    return running;
  }
  function rescanSoon(): void {
    clearTimeout(rescanTimer);
    rescanTimer = ctx.setTimeout(() => void rescan(), RESCAN_DELAY_MS);
  }

  ctx.addEventListener(window, 'wxt:locationchange', rescanSoon);
  const observer = new MutationObserver((records) => {
    const foreign = records.some(
      (record) => !isJobFitNode(record.target) && [...record.addedNodes, ...record.removedNodes].some((node) => !isJobFitNode(node)),
    );
    if (foreign) rescanSoon();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  // Answered through sendResponse (returning true keeps the channel open): content scripts run without the
  // WebExtension polyfill, and Chromium's own onMessage does not take a returned promise as the answer.
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: PageReport | ErrorReply) => void): true | undefined => {
    const isEvaluateNow = typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'evaluate-now';
    if (sender.id !== browser.runtime.id || sender.tab || !isEvaluateNow || ctx.isInvalid) return undefined;
    rescan(true).then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    // A newer copy of this script took over (the popup injected it) or the extension was reloaded.
    if (shared.jobfitSession === ctx) shared.jobfitSession = undefined;
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onMessage);
    for (const key of [...badges.keys()]) removeBadge(key);
    removeBadgeLines();
    summary?.remove();
    for (const row of document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)) row.removeAttribute(HIDDEN_ATTRIBUTE);
  });
}

function isScoreReply(reply: unknown): reply is ScorePostingsReply {
  const scored = (reply as { scored?: unknown } | null)?.scored;
  return Array.isArray(scored) && scored.every((result: ScoredPosting | null) => typeof result?.postingId === 'string' && typeof result.evaluation?.score === 'number');
}

function isSaveReply(reply: unknown): reply is SavePostingsReply {
  const saved = (reply as { saved?: unknown } | null)?.saved;
  return Array.isArray(saved) && saved.every((entry: { postingId?: unknown; jobId?: unknown; mailto?: unknown } | null) =>
    typeof entry?.postingId === 'string' && typeof entry.jobId === 'string' && (entry.mailto === null || typeof entry.mailto === 'string'));
}

function isErrorReply(reply: unknown): reply is ErrorReply {
  return typeof reply === 'object' && reply !== null && typeof (reply as { error?: unknown }).error === 'string';
}

function addHiddenRule(): void {
  if (document.getElementById('jobfit-hidden-rule')) return;
  const style = document.createElement('style');
  style.id = 'jobfit-hidden-rule';
  style.textContent = `[${HIDDEN_ATTRIBUTE}] { display: none !important; }`;
  (document.head ?? document.documentElement).append(style);
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Letters typed into a field are the user's, not navigation keys. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
