// A line kept free for the badge at the top of each posting row of a long thread, from the page's first paint. Badges
// that pushed 600 rows down made the page lay out and paint the whole thread again the moment they came; placed in a
// line that is already there, they move nothing. The rule's state lives in the page (a <style> element and the rows'
// attributes), so that the on-demand reader that takes over from a board's script sees the same lines.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { BadgeLine } from '../../lib/extract/engine';

/** The badge's line: its 22 px pill and 3 px above and below (in-page.tsx draws the host this tall). */
export const BADGE_LINE_PX = 28;
const STYLE_ID = 'jobfit-badge-line';
/** A row that keeps its line, once the page is parsed. */
const LINE = 'data-jobfit-line';
/** A row the reader did not keep (a [flagged] comment) gives its line back. */
const RELEASED = 'data-jobfit-no-badge';
const MARKED_ROWS = `[${LINE}]:not([${RELEASED}])`;

function lineRule(): HTMLStyleElement | null {
  const rule = document.getElementById(STYLE_ID);
  return rule instanceof HTMLStyleElement ? rule : null;
}

/** The badge goes at the top of the row's last cell (in-page.tsx), positioned in the cell's padding. */
function writeRule(rule: HTMLStyleElement, rows: string): void {
  rule.textContent = `${rows} > :last-child { position: relative !important; padding-top: ${BADGE_LINE_PX}px !important; }`;
}

/**
 * A board's script at document_start that keeps its badge lines free: the rule must be in place before the first
 * paint, and the title is the first thing parsed, long before the rows. A script of its own, a few hundred bytes: the
 * board's reader at document_start (60 kB to load before the page could be parsed) cost as much time as the lines saved.
 */
export function badgeLineScript(urls: readonly string[], line: BadgeLine) {
  return defineContentScript({ matches: [...urls], runAt: 'document_start', main: () => reserveBadgeLines(line) });
}

/** Keeps the badge lines free on a page whose title asks for them, until the page is parsed; then the rows are marked. */
export function reserveBadgeLines(line: BadgeLine): void {
  const check = (): boolean => {
    // The title is whole once anything after it is parsed; the body comes after it.
    if (line.pageTitle.test(document.title)) {
      if (!lineRule()) {
        const rule = document.createElement('style');
        rule.id = STYLE_ID;
        writeRule(rule, `:is(${line.rows})`);
        (document.head ?? document.documentElement).append(rule);
      }
      return true;
    }
    return document.body !== null;
  };
  if (check()) return;
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Once the page is parsed: the rows keep their lines by an attribute instead of the board's selector. A selector with
 * `:has()` made the page check whole rows again as each badge went in (12–30 ms more in the frame that drew the
 * badges of a 600-post thread).
 */
export function markBadgeLines(line: BadgeLine | undefined): void {
  const rule = lineRule();
  const rows = line?.rows;
  if (!rule || !rows || rule.textContent?.startsWith(MARKED_ROWS)) return;
  try {
    for (const row of document.querySelectorAll(rows)) row.setAttribute(LINE, '');
    writeRule(rule, MARKED_ROWS);
  } catch {
    // A browser without `:has()`: its CSS dropped the rule, and no row keeps a line.
    rule.remove();
  }
}

/** Whether a row keeps a line free for its badge. */
export function hasBadgeLine(row: Element): boolean {
  return row.hasAttribute(LINE) && !row.hasAttribute(RELEASED) && lineRule() !== null;
}

/** Rows with a free line but no badge (the reader did not keep them) give their line back. */
export function releaseBadgeLines(badged: ReadonlySet<Element>): void {
  for (const row of document.querySelectorAll(MARKED_ROWS)) if (!badged.has(row)) row.setAttribute(RELEASED, '');
}

/** The page as it was: no free lines (JobFit stopped on this page). */
export function removeBadgeLines(): void {
  lineRule()?.remove();
  for (const row of document.querySelectorAll(`[${LINE}]`)) {
    row.removeAttribute(LINE);
    row.removeAttribute(RELEASED);
  }
}
