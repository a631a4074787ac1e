import { describe, expect, it } from 'vitest';
import { defineAnchors, matchesAt, scanAnchors } from '../../../lib/text/anchors';

const words = defineAnchors(['remot*', 'on-site', 'data engineer', 'us', '$*']);
const other = defineAnchors(['data']);

describe('anchors', () => {
  it('finds whole words and stems at word starts, per set', () => {
    const text = 'fully remote data engineer, on-site in the us. $120k. remotely. campus';
    const hits = scanAnchors(text);
    const found = hits[words.id]!.map((hit) => text.slice(hit.start, hit.end));
    expect(found).toEqual(['remot', 'data engineer', 'on-site', 'us', '$', 'remot']);
    expect(hits[other.id]!.map((hit) => hit.start)).toEqual([text.indexOf('data')]);
  });

  it('treats fullwidth bars and other symbols as word breaks', () => {
    const text = 'acme｜remote｜on-site';
    expect(scanAnchors(text)[words.id]!.map((hit) => text.slice(hit.start, hit.end))).toEqual(['remot', 'on-site']);
  });

  it('runs a sticky pattern only at the anchors, without overlaps', () => {
    const text = 'remote (us) and remotely';
    const matches = matchesAt(/remote(?:ly)?\b/y, text, scanAnchors(text)[words.id]!);
    expect(matches.map((match) => [match.index, match[0]])).toEqual([[0, 'remote'], [16, 'remotely']]);
    expect(() => matchesAt(/remote/g, text, [])).toThrow(/sticky/);
  });
});
