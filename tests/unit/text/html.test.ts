import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, normaliseWhitespace } from '../../../lib/text/html';

describe('decodeEntities', () => {
  it.each([
    ['Tom&#x27;s &amp; Jerry&#39;s', "Tom's & Jerry's"],
    ['&#X41;&#x42 and &#67', 'AB and C'],
    ['&#128512;', '😀'],
    ['&#x27abc; is one hex reference', '\u{27abc} is one hex reference'],
    ['&copy 2020 &Eacute;', '© 2020 é'],
    ['&amp;amp; is decoded once', '&amp; is decoded once'],
  ])('%s → %s', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });

  it('replaces references to no character with U+FFFD', () => {
    expect(decodeEntities('&#xD800; &#0; &#x110000; &#99999999999999999999;')).toBe('\uFFFD \uFFFD \uFFFD \uFFFD');
  });

  it('leaves unknown names and ampersands that start no reference as written', () => {
    const text = 'R&D, AT&T; &unknown; &#; &#x; & alone &frac12;';
    expect(decodeEntities(text)).toBe(text);
  });
});

describe('normaliseWhitespace', () => {
  it('folds runs of spaces of every kind into one and trims', () => {
    expect(normaliseWhitespace('  a \t b\u00a0\u00a0c\u2003 d  ')).toBe('a b c d');
  });

  it('turns CR and CRLF into line breaks, drops spaces around them, keeps at most one blank line', () => {
    expect(normaliseWhitespace('line one  \r\n  line two\r\r\n\n\nthree')).toBe('line one\nline two\n\nthree');
  });

  it('returns a text with nothing to fold unchanged but trimmed', () => {
    expect(normaliseWhitespace('Senior Engineer, Data')).toBe('Senior Engineer, Data');
    expect(normaliseWhitespace('\ufeff Remote (US) \u2028')).toBe('Remote (US)');
  });
});

describe('htmlToText', () => {
  it('makes paragraphs of blocks and bullets of list items, drops scripts, decodes references', () => {
    const html = '<p>Hi&nbsp;there</p><ul><li>one<li class="x">two</ul><script>x<p></script>end';
    expect(htmlToText(html)).toBe('Hi there\n\n• one\n\n• two\n\nend');
  });

  it('reads Hacker News markup: unclosed <p>, escaped slashes in links', () => {
    const html = 'Acme | Remote<p>Apply at <a href="https:&#x2F;&#x2F;acme.io">https:&#x2F;&#x2F;acme.io</a>';
    expect(htmlToText(html)).toBe('Acme | Remote\n\nApply at https://acme.io');
  });
});
