// The board registry as a whole: valid match patterns, and every saved page an adapter claims to be tested on exists
// and is routed to that adapter by its URL.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath, hasCorpus, readCorpus } from '../../../lib/corpus';
import { parseHtml } from '../../../lib/extract/dom-node';
import { BOARDS, boardForUrl, CONTENT_MATCHES } from '../../../lib/extract/index';
import { pageLabels, statedUrl } from './support';

describe('board registry', () => {
  it('lists WebExtension match patterns the manifest accepts', () => {
    expect(CONTENT_MATCHES.length).toBeGreaterThan(0);
    for (const pattern of CONTENT_MATCHES) expect(pattern).toMatch(/^https:\/\/(\*|(\*\.)?[a-z0-9.-]+)\/.*$/);
  });

  it('routes URLs by host and path', () => {
    expect(boardForUrl('https://news.ycombinator.com/item?id=25266288')?.id).toBe('hackernews');
    expect(boardForUrl('https://news.ycombinator.com/jobs')?.name).toBe('Hacker News jobs');
    expect(boardForUrl('https://job-boards.greenhouse.io/gitlab/jobs/1')?.id).toBe('greenhouse');
    expect(boardForUrl('https://jobs.lever.co/acme/x')?.id).toBe('lever');
    expect(boardForUrl('https://jobs.ashbyhq.com/openai')?.id).toBe('ashby');
    expect(boardForUrl('https://example.com/jobs')).toBeNull();
    expect(boardForUrl('not a url')).toBeNull();
  });

  describe.skipIf(!hasCorpus())('saved pages named in testedOn', () => {
    const labelled = hasCorpus() ? new Map(pageLabels().map((label) => [label.file, label.url])) : new Map<string, string>();
    const claims = BOARDS.flatMap((board) => board.testedOn.map((file) => ({ board: board.id, file })));

    it.each(claims)('$board: $file', ({ board, file }) => {
      expect(existsSync(corpusPath(file))).toBe(true);
      const url = labelled.get(file) ?? statedUrl(parseHtml(readCorpus(file), 'https://example.invalid/'));
      if (url) expect(boardForUrl(url)?.id).toBe(board);
    });
  });
});
