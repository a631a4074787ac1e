// One page's life in the content script: read it, send its postings to the background in chunks, badge each
// item, and read it again when a single-page app swaps the job or an infinite list grows.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BadgeState } from '../../components/Badge';
import { extractPage, type ExtractedItem } from '../../lib/extract';
// Types only: zod stays out of the content script (it would triple its size). What arrives here comes from
// JobFit's own background, which parsed everything it answers with; the shapes are still checked before use.
import type { BoardHealth, ErrorReply, EvaluatePage, EvaluatePageReply, PageReport, PostingResult } from '../../lib/messages';
import { BadgeHost, isJobFitNode, SummaryHost } from './in-page';

/** Small enough that the first badges appear at once and a killed worker loses one chunk at most. */
const CHUNK_SIZE = 100;
const RESCAN_DELAY_MS = 400;
/** A chunk whose message got no answer (the worker was stopped) is sent this many times in all, a little later each time. */
const SEND_ATTEMPTS = 3;
const RETRY_DELAY_MS = 300;
/** Badges rendered in one main-thread task when a chunk's scores arrive. */
const BADGES_PER_TASK = 25;
/** Page rows hidden by "hide others" carry this attribute; one page-level rule hides them. */
const HIDDEN_ATTRIBUTE = 'data-jobfit-hidden';
const PAGE_LEVEL_KEY = '\u0000page';

export function startPageSession(ctx: ContentScriptContext): void {
  const badges = new Map<string, BadgeHost>();
  const results = new Map<string, PostingResult>();
  /** Postings already sent for the current URL: a new URL sends them again (the toolbar count is per page). */
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

  const contact = (jobId: string) => {
    void browser.runtime.sendMessage({ type: 'mark-contacted', jobId }).catch(() => undefined);
  };

  function setBadge(item: ExtractedItem | null, key: string, state: BadgeState): void {
    let badge = badges.get(key);
    if (badge && !badge.connected) {
      badge.remove();
      badge = undefined;
    }
    if (!badge) {
      badge = new BadgeHost(key, item?.element ?? null, contact);
      badges.set(key, badge);
    }
    badge.show(state);
  }

  function removeBadge(key: string): void {
    badges.get(key)?.remove();
    badges.delete(key);
  }

  function stateFor(item: ExtractedItem): BadgeState {
    const result = results.get(item.posting.id);
    return result ? { kind: 'scored', title: item.posting.title, result } : { kind: 'pending' };
  }

  async function scan(generic: boolean): Promise<PageReport> {
    if (location.href !== currentUrl) {
      currentUrl = location.href;
      sentForUrl = new Set();
      sentHealth = null;
    }
    const extraction = extractPage(document, currentUrl, { generic });
    items = extraction.items;
    listPage = extraction.kind === 'list';
    const failedFields = extraction.health?.failedFields ?? [];

    const present = new Set(items.map((item) => item.posting.id));
    for (const [key, badge] of badges) {
      // A job that left the page (SPA navigation, virtualised list) takes its badge along: no stale score.
      if (!present.has(key) || !badge.connected) removeBadge(key);
    }
    if (items.length === 0 && failedFields.length > 0) setBadge(null, PAGE_LEVEL_KEY, { kind: 'unreadable', failedFields });

    const toSend: ExtractedItem[] = [];
    for (const item of items) {
      if (item.posting.missing.length > 0) {
        // Half-read: said plainly, never scored as if whole, never stored.
        setBadge(item, item.posting.id, { kind: 'unreadable', failedFields: failedFields.length > 0 ? failedFields : item.posting.missing });
        continue;
      }
      const badge = badges.get(item.posting.id);
      if (!badge || !badge.connected || badge.anchor !== (item.element ?? null)) {
        removeBadge(item.posting.id);
        setBadge(item, item.posting.id, stateFor(item));
      }
      if (!sentForUrl.has(item.posting.id)) toSend.push(item);
    }
    updateSummary();
    await evaluateInChunks(toSend, extraction.health);
    const evaluated = items.filter((item) => results.has(item.posting.id));
    return {
      board: extraction.board,
      kind: extraction.kind,
      evaluated: evaluated.length,
      matches: evaluated.filter((item) => results.get(item.posting.id)!.evaluation.verdict === 'match').length,
      failedFields,
    };
  }

  async function evaluateInChunks(toSend: ExtractedItem[], pageHealth: BoardHealth | null): Promise<void> {
    // How the board read goes to the background once per page and change (rescans repeat it), with the first chunk,
    // or alone when the page gave nothing whole to send.
    const healthKey = pageHealth ? pageHealth.failedFields.join(',') : null;
    const health = healthKey !== null && healthKey !== sentHealth ? pageHealth : null;
    sentHealth = healthKey ?? sentHealth;
    if (health && toSend.length === 0) await send({ type: 'evaluate-page', url: currentUrl, kind: listPage ? 'list' : 'posting', postings: [], health });
    for (let start = 0; start < toSend.length; start += CHUNK_SIZE) {
      if (ctx.isInvalid) return;
      progress = toSend.length > CHUNK_SIZE ? { done: start, total: toSend.length } : null;
      updateSummary();
      const chunk = toSend.slice(start, start + CHUNK_SIZE);
      const message: EvaluatePage = {
        type: 'evaluate-page',
        url: currentUrl,
        kind: listPage ? 'list' : 'posting',
        postings: chunk.map((item) => item.posting),
        health: start === 0 ? health : null,
      };
      const outcome = await send(message);
      for (const [index, item] of chunk.entries()) {
        // Rendering a hundred badges at once holds the page's main thread well past 50 ms: let it breathe between groups.
        if (index > 0 && index % BADGES_PER_TASK === 0) await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
        const result = typeof outcome === 'string' ? undefined : outcome.get(item.posting.id);
        if (result) {
          results.set(item.posting.id, result);
          sentForUrl.add(item.posting.id);
        }
        if (!badges.has(item.posting.id)) continue;
        setBadge(item, item.posting.id, result ? stateFor(item) : { kind: 'error', message: typeof outcome === 'string' ? outcome : 'JobFit got no score for this job.' });
      }
    }
    progress = null;
    updateSummary();
    applyHideOthers();
  }

  /**
   * The background's results by posting id, or the error to show. A message that got no answer at all is sent again:
   * MV3 stops the worker when it likes (mid-chunk too), and the next message starts a fresh one. Saving is
   * idempotent, so a chunk the dead worker had half stored is simply stored again.
   */
  async function send(message: EvaluatePage): Promise<Map<string, PostingResult> | string> {
    let failure = '';
    for (let attempt = 0; attempt < SEND_ATTEMPTS && !ctx.isInvalid; attempt++) {
      if (attempt > 0) await new Promise<void>((resolve) => ctx.setTimeout(resolve, RETRY_DELAY_MS * attempt));
      try {
        const reply: unknown = await browser.runtime.sendMessage(message);
        if (isEvaluatePageReply(reply)) return new Map(reply.results.map((result) => [result.postingId, result]));
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
      progress,
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

  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const isEvaluateNow = typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'evaluate-now';
    if (sender.id !== browser.runtime.id || sender.tab || !isEvaluateNow) return undefined;
    return rescan(true).catch((error: unknown): ErrorReply => ({ error: error instanceof Error ? error.message : String(error) }));
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    // A newer copy of this script took over (the popup injected it again) or the extension was reloaded.
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onMessage);
    for (const key of [...badges.keys()]) removeBadge(key);
    summary?.remove();
    for (const row of document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)) row.removeAttribute(HIDDEN_ATTRIBUTE);
  });
}

function isEvaluatePageReply(reply: unknown): reply is EvaluatePageReply {
  return (
    typeof reply === 'object' && reply !== null && Array.isArray((reply as { results?: unknown }).results) &&
    (reply as EvaluatePageReply).results.every((result) => typeof result?.postingId === 'string' && typeof result.evaluation?.score === 'number')
  );
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
