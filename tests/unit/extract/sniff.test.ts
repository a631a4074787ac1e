import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../lib/corpus';
import { extractPage } from '../../../lib/extract/index';
import { parseHtml } from '../../../lib/extract/dom-node';
import { loadPage, pageLabels } from './support';

const UNKNOWN_URL = 'file:///saved/page.html';

describe.skipIf(!hasCorpus())('board sniffing for saved pages whose URL is unknown', () => {
  it('finds the board from the markup when asked, and only when asked', () => {
    const label = pageLabels().find((entry) => entry.board === 'hackernews' && entry.kind === 'list')!;
    const doc = loadPage(label.file, UNKNOWN_URL);
    expect(extractPage(doc, UNKNOWN_URL).items).toHaveLength(0);
    const sniffed = extractPage(doc, UNKNOWN_URL, { sniffBoard: true });
    expect(sniffed.board).toBe('hackernews');
    expect(sniffed.items).toHaveLength(label.list!.count);
  });

  it('labelled pages without job data stay empty', () => {
    for (const label of pageLabels().filter((entry) => entry.kind === 'none')) {
      const extraction = extractPage(loadPage(label.file, UNKNOWN_URL), UNKNOWN_URL, { sniffBoard: true });
      expect(extraction.items, label.file).toHaveLength(0);
    }
  });
});

describe('board sniffing on pages that are no job board', () => {
  it('picks no board for an ordinary article', () => {
    const doc = parseHtml('<html><body><h1>On gardening</h1><p>Tomatoes like sun.</p><ul><li>one</li><li>two</li></ul></body></html>', UNKNOWN_URL);
    const extraction = extractPage(doc, UNKNOWN_URL, { sniffBoard: true });
    expect(extraction.items).toHaveLength(0);
  });
});
