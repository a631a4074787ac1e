// A board's own content script: its adapter and the shared reader, nothing else, so that a board page loads only the
// code it needs. Each `entrypoints/<board>.content.ts` is one call to this.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { BoardDefinition } from '../../lib/extract/engine';
import { boardMatches, boardRouter, readPage } from '../../lib/extract/read-page';
import { startPageSession } from './page-session';

export function boardContentScript(boards: readonly BoardDefinition[]) {
  const boardFor = boardRouter(boards);
  return defineContentScript({
    matches: boardMatches(boards),
    runAt: 'document_idle',
    main(ctx) {
      // No generic reader here: when the popup asks for one, the background injects the on-demand script (content/).
      startPageSession(ctx, (doc, url) => readPage(doc, url, boardFor(url)));
    },
  });
}
