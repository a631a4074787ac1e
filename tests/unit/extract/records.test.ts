// JSONL input of the CLI: every Hacker News post of the corpus becomes a valid Posting; contact addresses agree with
// the hand labels (printed, since findEmails is still being improved by the scoring side).
import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../../../lib/corpus';
import { postingFromRecord, type PostingRecord } from '../../../lib/extract/index';
import { Posting } from '../../../lib/model';

function jsonl<T>(rel: string): T[] {
  return readCorpus(rel).split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

describe('postingFromRecord', () => {
  it('keeps the record id, reads the header line and defaults to Hacker News', () => {
    const posting = postingFromRecord({ id: 101, text_html: 'Acme | ML Engineer | Remote (EU) | Full-time<p>Email jobs at acme dot com' });
    expect(posting).toMatchObject({
      id: '101', board: 'hackernews', boardJobId: '101', url: 'https://news.ycombinator.com/item?id=101', source: 'import',
      company: 'Acme', title: 'ML Engineer', location: 'Remote (EU)', workplace: 'remote', employment: ['full-time'], emails: ['jobs@acme.com'],
    });
  });

  it('prefers the fields the record gives, reads plain text, and names id-less records by their text', () => {
    const record: PostingRecord = { board: 'remotive', url: 'https://remotive.com/j/1', title: 'Given title', text: 'Acme | Data Engineer | Berlin\n\nBody' };
    const posting = postingFromRecord(record);
    expect(posting).toMatchObject({ board: 'remotive', url: 'https://remotive.com/j/1', title: 'Given title', company: 'Acme', location: 'Berlin' });
    expect(postingFromRecord(record).id).toBe(posting.id);
    expect(postingFromRecord({ ...record, text: 'Different' }).id).not.toBe(posting.id);
  });

  it('never throws on empty or odd records', () => {
    for (const record of [{}, { text: '' }, { id: 0 }, { text_html: '<p>' }, { text: '|||' }, { id: 'x', text: 'a'.repeat(300_000) }] as PostingRecord[]) {
      expect(() => Posting.parse(postingFromRecord(record))).not.toThrow();
    }
  });

  describe.skipIf(!hasCorpus())('on the corpus', () => {
    it('turns all 4287 Hacker News posts of 2019-2020 into valid postings', () => {
      const records = jsonl<PostingRecord & { id: number }>('hn/hn-2019-2020.jsonl');
      expect(records).toHaveLength(4287);
      let withCompany = 0;
      let withTitle = 0;
      for (const record of records) {
        const posting = Posting.parse(postingFromRecord(record));
        expect(posting.id).toBe(String(record.id));
        if (posting.company) withCompany++;
        if (posting.title) withTitle++;
      }
      console.log(`header line read: company ${withCompany}/${records.length}, title ${withTitle}/${records.length}`);
      expect(withCompany / records.length).toBeGreaterThan(0.9);
    });

    it('turns the 2026 posts of the hiring and freelancer threads into valid postings', () => {
      const records = jsonl<PostingRecord & { id: number }>('hn/hn-2026.jsonl');
      for (const record of records) expect(Posting.parse(postingFromRecord(record)).id).toBe(String(record.id));
      expect(records.length).toBeGreaterThan(1000);
    });

    it('finds the hand-labelled contact addresses (agreement printed)', () => {
      const posts = new Map(jsonl<PostingRecord & { id: number }>('hn/hn-2019-2020.jsonl').map((post) => [post.id, post]));
      const labels = jsonl<{ id: number; emails: string[] }>('labels/hn-2019-2020.jsonl');
      let agree = 0;
      const misses: string[] = [];
      for (const label of labels) {
        const emails = postingFromRecord(posts.get(label.id)!).emails;
        if ([...emails].sort().join() === [...label.emails].sort().join()) agree++;
        else misses.push(`${label.id}: expected ${label.emails.join(' ')}, got ${emails.join(' ')}`);
      }
      console.log(`emails agree with labels on ${agree}/${labels.length} posts\n  ${misses.join('\n  ')}`);
      expect(agree / labels.length).toBeGreaterThan(0.8);
    });
  });
});
