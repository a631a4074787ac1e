import { describe, expect, it } from 'vitest';
import { lineBounds, sentenceAround, sentenceBounds, splitSentences } from '../../../lib/text/sentences';

describe('sentences', () => {
  it('splits on sentence punctuation, line breaks and header pipes', () => {
    expect(splitSentences('Acme | Remote (US) | Full-time\nWe build rockets, e.g. small ones. Join us! Really?')).toEqual([
      'Acme', 'Remote (US)', 'Full-time', 'We build rockets, e.g. small ones.', 'Join us!', 'Really?',
    ]);
  });

  it('does not split after abbreviations', () => {
    expect(splitSentences('Based in the U.S. and Canada. Sr. engineers welcome.')).toEqual(['Based in the U.S. and Canada.', 'Sr. engineers welcome.']);
  });

  it('returns the sentence around an index', () => {
    const text = 'Hello there. We are remote until the office reopens. Bye.';
    expect(sentenceAround(text, text.indexOf('remote'))).toBe('We are remote until the office reopens.');
  });

  it('cuts a very long sentence around the index', () => {
    const text = `${'word '.repeat(200)}remote ${'word '.repeat(200)}`;
    const evidence = sentenceAround(text, text.indexOf('remote'), 80);
    expect(evidence).toContain('remote');
    expect(evidence.length).toBeLessThanOrEqual(84);
  });

  it('ends a sentence a thousand characters from the index when the text has no punctuation', () => {
    const text = 'remote us based team '.repeat(10_000);
    const index = text.length / 2;
    const { start, end } = sentenceBounds(text, index);
    expect(index - start).toBe(1_000);
    expect(end - index).toBe(1_000);
    expect(sentenceBounds('Hello there. We are remote.', 20)).toEqual({ start: 12, end: 27 });
  });

  it('gives the line around an index, or null for a line reaching more than a thousand characters either side', () => {
    expect(lineBounds('Acme\n- build ML pipelines\nmore', 10)).toEqual({ start: 5, end: 25 });
    expect(lineBounds('one line', 3)).toEqual({ start: 0, end: 8 });
    const long = 'x'.repeat(1_500);
    expect(lineBounds(`${long}\nshort`, 1_502)).toEqual({ start: 1_501, end: 1_506 });
    expect(lineBounds(`${long}\nshort`, 1_400)).toBeNull();
    expect(lineBounds(`a\n${long}`, 10)).toBeNull();
  });
});
