// A board's own content script: its adapter and the shared reader, nothing else, so that a board page loads only the
// code it needs. Each `entrypoints/<board>.content.ts` is one call to this.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { BoardDefinition } from '../../lib/extract/engine';
import { boardMatches, boardRouter, readPage } from '../../lib/extract/read-page';
import { markBadgeLines } from './badge-line';
import { startPageSession } from './page-session';

/**
 * runAt 'document_end' for a board whose pages come whole in their HTML (a Hacker News thread): read as soon as the
 * document is parsed. Chromium's 'document_idle', right for boards that render in the page, waits for the load
 * event or 200 ms more, and on a long thread that wait came before every badge.
 */
export function boardContentScript(boards: readonly BoardDefinition[], { runAt = 'document_idle' }: { runAt?: 'document_end' | 'document_idle' } = {}) {
  const boardFor = boardRouter(boards);
  return defineContentScript({
    matches: boardMatches(boards),
    runAt,
    main(ctx) {
      // The lines kept free by the board's document_start script (badge-line.ts), if it has one, are marked now.
      markBadgeLines(boardFor(location.href)?.list?.badgeLine);
      // No generic reader here: when the popup asks for one, the background injects the on-demand script (content/).
      startPageSession(ctx, (doc, url) => readPage(doc, url, boardFor(url)));
    },
  });
}
