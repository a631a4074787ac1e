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

  it('gives every page to one board script at most: no two boards’ match patterns cover the same URL', () => {
    const patterns = BOARDS.flatMap((board) => board.urls.map((pattern) => ({ board: board.id, pattern })));
    const overlaps = patterns.flatMap((a, index) =>
      patterns.slice(index + 1).filter((b) => b.board !== a.board && patternsOverlap(a.pattern, b.pattern)).map((b) => `${a.pattern} ~ ${b.pattern}`),
    );
    expect(overlaps).toEqual([]);
  });

  it('finds overlapping match patterns (the check above can fail)', () => {
    expect(patternsOverlap('https://*.linkedin.com/jobs/*', 'https://www.linkedin.com/*')).toBe(true);
    expect(patternsOverlap('https://news.ycombinator.com/item*', 'https://news.ycombinator.com/*?id=*')).toBe(true);
    expect(patternsOverlap('https://*.indeed.com/*', 'https://indeed.com/viewjob*')).toBe(true);
    expect(patternsOverlap('https://news.ycombinator.com/item*', 'https://news.ycombinator.com/jobs*')).toBe(false);
    expect(patternsOverlap('https://*.workable.com/j/*', 'https://*.myworkdayjobs.com/*')).toBe(false);
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

/** Whether some URL matches both WebExtension match patterns (scheme://host/path, `*` wildcards). */
function patternsOverlap(a: string, b: string): boolean {
  const [, schemeA, hostA, pathA] = /^([^:]+):\/\/([^/]+)(\/.*)$/.exec(a)!;
  const [, schemeB, hostB, pathB] = /^([^:]+):\/\/([^/]+)(\/.*)$/.exec(b)!;
  return schemeA === schemeB && hostsOverlap(hostA!, hostB!) && globsOverlap(pathA!, pathB!);
}

function hostsOverlap(a: string, b: string): boolean {
  if (a === '*' || b === '*') return true;
  const covers = (wild: string, host: string) => host === wild.slice(2) || host.endsWith(wild.slice(1));
  if (a.startsWith('*.') && b.startsWith('*.')) return covers(a, b.slice(2)) || covers(b, a.slice(2));
  if (a.startsWith('*.')) return covers(a, b);
  if (b.startsWith('*.')) return covers(b, a);
  return a === b;
}

/** Whether two globs in which `*` stands for any run of characters share a match. */
function globsOverlap(a: string, b: string): boolean {
  const seen = new Map<string, boolean>();
  const from = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    if (seen.has(key)) return seen.get(key)!;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (a[i] === '*') result = from(i + 1, j) || (j < b.length && from(i, j + 1));
    else if (b[j] === '*') result = from(i, j + 1) || (i < a.length && from(i + 1, j));
    else result = i < a.length && j < b.length && a[i] === b[j] && from(i + 1, j + 1);
    seen.set(key, result);
    return result;
  };
  return from(0, 0);
}
