import { describe, expect, it } from 'vitest';
import { hasCorpus } from '../../../../lib/corpus';
import { parseHtml } from '../../../../lib/extract/dom-node';
import { extractPage } from '../../../../lib/extract/index';
import { hackernews } from '../../../../lib/extract/boards/hackernews';
import { assertValidPostings, loadPage } from '../support';

const THREAD_URL = 'https://news.ycombinator.com/item?id=25266288';

/** A comment row as current HN serves it: div.commtext and an indent attribute. */
function row(id: number, indent: number, html: string, head = ''): string {
  return `<tr class="athing comtr" id="${id}"><td><table><tr><td class="ind" indent="${indent}"><img src="s.gif" height="1" width="${indent * 40}"></td>
    <td class="default"><div><span class="comhead"><a class="hnuser">u${id}</a> <span class="age" title="2025-01-02T16:00:55 1735833655"><a href="item?id=${id}">1 day ago</a></span>${head}</span></div>
    <div class="comment"><div class="commtext c00">${html}</div></div></td></tr></table></td></tr>`;
}

function thread(title: string, rows: string[]): Document {
  return parseHtml(
    `<html><head><title>${title} | Hacker News</title></head><body><table class="fatitem"><tr class="athing" id="1"><td class="title"><span class="titleline"><a href="item?id=1">${title}</a></span></td></tr></table>
     <table class="comment-tree">${rows.join('\n')}</table></body></html>`,
    'https://news.ycombinator.com/item?id=1',
  );
}

describe('Hacker News adapter', () => {
  it('reads each live top-level comment of a hiring thread as one posting, badge on its row', () => {
    const doc = thread('Ask HN: Who is hiring? (January 2025)', [
      row(10, 0, 'Acme | ML Engineer | Remote (EU) | Full-time<p>We build search. Email jobs [at] acme [dot] io'),
      row(11, 1, 'Is this still open?'),
      row(12, 0, 'Flagged Co | Engineer | Berlin', ' [flagged]'),
      row(13, 0, 'Beta Labs | Data Scientist | NYC | ONSITE<p>Python and SQL.'),
    ]);
    const extraction = extractPage(doc, 'https://news.ycombinator.com/item?id=1');
    assertValidPostings(extraction);
    expect(extraction.kind).toBe('list');
    expect(extraction.items.map((item) => item.posting.id)).toEqual(['hackernews:10', 'hackernews:13']);
    const [acme] = extraction.items;
    expect(acme!.element?.getAttribute('id')).toBe('10');
    expect(acme!.posting).toMatchObject({
      company: 'Acme', title: 'ML Engineer', location: 'Remote (EU)', workplace: 'remote', employment: ['full-time'],
      url: 'https://news.ycombinator.com/item?id=10', emails: ['jobs@acme.io'], datePosted: '2025-01-02T16:00:55',
      description: 'Acme | ML Engineer | Remote (EU) | Full-time\n\nWe build search. Email jobs [at] acme [dot] io',
    });
  });

  it('reads nothing on a thread that is not about hiring', () => {
    const doc = thread('Show HN: My weekend project', [row(20, 0, 'Acme | Engineer | Remote')]);
    expect(extractPage(doc, 'https://news.ycombinator.com/item?id=1')).toMatchObject({ board: 'hackernews', kind: 'none', items: [] });
  });

  it('keeps only the seeking-freelancer side of freelancer threads', () => {
    const doc = thread('Ask HN: Freelancer? Seeking freelancer? (January 2025)', [
      row(30, 0, 'SEEKING WORK | Berlin | Python, ML'),
      row(31, 0, 'SEEKING FREELANCER | Acme | Data pipeline consultant | Remote<p>Three months.'),
    ]);
    const extraction = extractPage(doc, 'https://news.ycombinator.com/item?id=1');
    expect(extraction.items.map((item) => item.posting.company)).toEqual(['Acme']);
  });

  it('reads a hiring comment opened on its own page', () => {
    const doc = parseHtml(
      `<html><head><title>Acme | ML Engineer | Remote | Hacker News</title></head><body><table class="fatitem">
        <tr class="athing" id="40"><td class="default"><span class="comhead"><span class="onstory"> | on: <a href="item?id=1">Ask HN: Who is hiring? (January 2025)</a></span></span>
        <div class="comment"><div class="commtext c00">Acme | ML Engineer | Remote<p>Retrieval work.</div></div></td></tr></table></body></html>`,
      'https://news.ycombinator.com/item?id=40',
    );
    const extraction = extractPage(doc, 'https://news.ycombinator.com/item?id=40');
    expect(extraction.kind).toBe('posting');
    expect(extraction.items[0]!.posting).toMatchObject({ id: 'hackernews:40', company: 'Acme', title: 'ML Engineer', workplace: 'remote' });
    expect(extraction.items[0]!.element?.classList.contains('fatitem')).toBe(true);
  });

  it('reads the /jobs list of YC companies', () => {
    const doc = parseHtml(
      `<html><body><table><tr class="athing submission" id="50"><td class="title"><span class="titleline"><a href="https://acme.com/jobs/ml">Acme (YC S20) Is Hiring a Senior ML Engineer</a></span></td></tr></table></body></html>`,
      'https://news.ycombinator.com/jobs',
    );
    const extraction = extractPage(doc, 'https://news.ycombinator.com/jobs');
    expect(extraction.items[0]!.posting).toMatchObject({ id: 'hackernews:50', company: 'Acme (YC S20)', title: 'Senior ML Engineer', url: 'https://acme.com/jobs/ml' });
  });

  describe.skipIf(!hasCorpus())('on the saved December 2020 thread', () => {
    const doc = hasCorpus() ? loadPage(hackernews.testedOn[0]!, THREAD_URL) : null;

    it('finds the 207 top-level postings and none of the 44 replies', () => {
      const extraction = extractPage(doc!, THREAD_URL);
      assertValidPostings(extraction);
      expect(extraction.kind).toBe('list');
      expect(extraction.items).toHaveLength(207);
      expect(extraction.health).toEqual({ board: 'hackernews', url: THREAD_URL, failedFields: [] });
      for (const { posting, element } of extraction.items) {
        expect(element?.querySelector('td.ind img')?.getAttribute('width')).toBe('0');
        expect(posting.id).toBe(`hackernews:${element?.getAttribute('id')}`);
        expect(posting.description.length).toBeGreaterThan(50);
      }
    });

    it('de-obfuscates the contact addresses posters wrote to dodge scrapers', () => {
      const emails = extractPage(doc!, THREAD_URL).items.flatMap((item) => item.posting.emails);
      expect(emails).toEqual(expect.arrayContaining(['b.crouzier@gmail.com', 'hi@pave.dev', 'zack.gao@compass.com']));
    });
  });
});
