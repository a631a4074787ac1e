// @vitest-environment happy-dom
// The badge line of a long thread: which rows keep one, from when, and how they give it back.
import { afterEach, describe, expect, it } from 'vitest';
import { hasBadgeLine, markBadgeLines, releaseBadgeLines, removeBadgeLines, reserveBadgeLines } from '../../../entrypoints/content/badge-line';
import { BadgeHost } from '../../../entrypoints/content/in-page';
import { defineBoard } from '../../../lib/extract/engine';

// Hacker News' own selector (a :has()) is checked in Chromium (tests/e2e/hn.test.ts): happy-dom does not read every
// :has() and a row's `cells` as browsers do.
const board = defineBoard({
  id: 'thread',
  name: 'A thread',
  urls: ['https://example.com/thread*'],
  testedOn: [],
  untested: 'made up for this test',
  list: {
    card: ['tr.post'],
    fields: { description: '.text' },
    required: ['description'],
    badgeLine: { pageTitle: /\bwho is hiring\b/i, rows: 'tr.post:not(.reply)' },
  },
});

function thread(title: string): void {
  document.title = title;
  document.body.innerHTML = '<table><tbody>' +
    ['1', '2', '3', '4'].map((id) => `<tr class="post${id === '2' || id === '4' ? ' reply' : ''}" id="${id}"><td>user ${id}</td><td class="text">Acme | ML | Remote</td></tr>`).join('') +
    '</tbody></table>';
}

const row = (id: string) => document.getElementById(id) as HTMLTableRowElement;
const lineRule = () => document.getElementById('jobfit-badge-line');

afterEach(() => {
  removeBadgeLines();
  document.body.replaceChildren();
});

describe('badge lines on a "Who is hiring?" thread', () => {
  it('keeps a line on the rows the board names, and none on the others', () => {
    thread('Ask HN: Who is hiring? (December 2020) | Hacker News');
    reserveBadgeLines(board.list!.badgeLine!);
    expect(lineRule()?.textContent).toContain('padding-top: 28px');
    markBadgeLines(board.list!.badgeLine);
    expect(['1', '2', '3', '4'].map((id) => hasBadgeLine(row(id)))).toEqual([true, false, true, false]);
    // Once the rows are marked, the rule names the mark only: the board's selector (a :has() on HN) no longer runs.
    expect(lineRule()?.textContent).not.toContain('tr.post');
  });

  it('draws a badge inside its line (positioned in it), and one on a row without a line in the flow', () => {
    thread('Ask HN: Who is hiring? (December 2020) | Hacker News');
    reserveBadgeLines(board.list!.badgeLine!);
    markBadgeLines(board.list!.badgeLine);
    const inLine = new BadgeHost('1', row('1'), { kind: 'pending' }, () => undefined);
    const inFlow = new BadgeHost('2', row('2'), { kind: 'pending' }, () => undefined);
    expect(inLine.host.parentElement).toBe(row('1').cells[1]);
    expect(inLine.host.getAttribute('style')).toContain('position: absolute');
    expect(inFlow.host.getAttribute('style')).toContain('position: relative');
  });

  it('gives the line back on rows that got no badge, and everything back when JobFit stops', () => {
    thread('Ask HN: Who is hiring? (December 2020) | Hacker News');
    reserveBadgeLines(board.list!.badgeLine!);
    markBadgeLines(board.list!.badgeLine);
    releaseBadgeLines(new Set([row('1')]));
    expect(hasBadgeLine(row('1'))).toBe(true);
    expect(hasBadgeLine(row('3'))).toBe(false);
    removeBadgeLines();
    expect(lineRule()).toBeNull();
    expect(document.querySelectorAll('[data-jobfit-line], [data-jobfit-no-badge]')).toHaveLength(0);
    expect(hasBadgeLine(row('1'))).toBe(false);
  });

  it('keeps no line on other threads', () => {
    thread('Ask HN: Freelancer? Seeking freelancer? (December 2020) | Hacker News');
    reserveBadgeLines(board.list!.badgeLine!);
    markBadgeLines(board.list!.badgeLine);
    expect(lineRule()).toBeNull();
    expect(hasBadgeLine(row('1'))).toBe(false);
  });

  it('waits for the title while the head is parsed (document_start), and stops watching at the body', async () => {
    document.title = '';
    document.documentElement.removeChild(document.body);
    reserveBadgeLines(board.list!.badgeLine!);
    expect(lineRule()).toBeNull();
    document.title = 'Ask HN: Who is hiring? (March 2026) | Hacker News';
    document.documentElement.append(document.createElement('body'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lineRule()).not.toBeNull();
  });
});
