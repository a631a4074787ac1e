// HTML → plain text without a DOM, so that the scorer and the CLI run fast in Node and in a worker.
// Block-level tags become line breaks, <p> and <br> as Hacker News uses them included; entities are decoded.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', euro: '€', pound: '£',
  yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', times: '×', deg: '°', laquo: '«', raquo: '»',
  eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
  iacute: 'í', oacute: 'ó', aacute: 'á', ntilde: 'ñ', zwnj: '', zwj: '', shy: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Lone surrogates and out-of-range code points would throw in fromCodePoint.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    const decoded = NAMED_ENTITIES[name.toLowerCase()];
    return decoded ?? whole;
  });
}

const BLOCK_TAGS =
  'p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|dd|dt|dl|hr|title|main|aside|nav|form|fieldset|figure|figcaption|details|summary';
const DROPPED_ELEMENTS = /<(script|style|noscript|template|svg|head|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK_BOUNDARY = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi');
const LIST_ITEM = /<li\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-z!][^>]*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

/** Plain text of an HTML fragment: paragraphs separated by blank lines, runs of spaces folded. */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(COMMENT, ' ')
    .replace(DROPPED_ELEMENTS, ' ')
    .replace(LIST_ITEM, '\n\n• ')
    .replace(BLOCK_BOUNDARY, '\n\n')
    .replace(ANY_TAG, '');
  return normaliseWhitespace(decodeEntities(withBreaks));
}

/** Folds spaces within lines and keeps at most one blank line between paragraphs. */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
