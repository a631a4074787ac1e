// HTML → plain text without a DOM, so that the scorer and the CLI run fast in Node and in a worker.
// Block-level tags become line breaks, <p> and <br> as Hacker News uses them included; entities are decoded.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', euro: '€', pound: '£',
  yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', times: '×', deg: '°', laquo: '«', raquo: '»',
  eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
  iacute: 'í', oacute: 'ó', aacute: 'á', ntilde: 'ñ', zwnj: '', zwj: '', shy: '',
};

/**
 * Character references decoded as `&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?` would find them (unknown names stay as written),
 * read with a loop from each "&" rather than a replace callback per reference: posts write every apostrophe and every
 * slash of a link as one.
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let decoded = '';
  let copiedTo = 0;
  for (; amp >= 0; amp = text.indexOf('&', amp + 1)) {
    const nameEnd = referenceNameEnd(text, amp + 1);
    if (nameEnd < 0) continue;
    const end = text.charCodeAt(nameEnd) === SEMICOLON ? nameEnd + 1 : nameEnd;
    decoded += text.slice(copiedTo, amp) + decodeReference(text.slice(amp, end), text.slice(amp + 1, nameEnd));
    copiedTo = end;
    amp = end - 1;
  }
  return decoded + text.slice(copiedTo);
}

const SEMICOLON = 59;
const HASH = 35;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHexDigit(code: number): boolean {
  const lower = code | 0x20;
  return isDigit(code) || (lower >= 97 && lower <= 102);
}

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/** Where the reference name starting at `start` ends ("#x27", "#39", "amp", "frac12"), or -1 when there is none. */
function referenceNameEnd(text: string, start: number): number {
  let end = start;
  if (text.charCodeAt(start) === HASH) {
    if ((text.charCodeAt(start + 1) | 0x20) === 120 && isHexDigit(text.charCodeAt(start + 2))) {
      end = start + 3;
      while (isHexDigit(text.charCodeAt(end))) end++;
      return end;
    }
    if (!isDigit(text.charCodeAt(start + 1))) return -1;
    end = start + 2;
    while (isDigit(text.charCodeAt(end))) end++;
    return end;
  }
  while (isLetter(text.charCodeAt(end))) end++;
  if (end === start) return -1;
  while (isDigit(text.charCodeAt(end))) end++;
  return end;
}

function decodeReference(whole: string, name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    // Lone surrogates and out-of-range code points would throw in fromCodePoint.
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
}

const BLOCK_TAGS =
  'p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|dd|dt|dl|hr|title|main|aside|nav|form|fieldset|figure|figcaption|details|summary';
// A tag ends at the next '<' as well as at its '>': "<a<a<a…" with no '>' must not send every '<' scanning to the end
// of the page (100,000 of them took 13.7 s).
const BLOCK_BOUNDARY = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^<>]*>`, 'gi');
const LIST_ITEM = /<li\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z!][^<>]*>/gi;
const DROPPED_NAMES = ['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object'] as const;
const DROPPED_OPENING = new RegExp(`<(${DROPPED_NAMES.join('|')})\\b[^<>]*>`, 'gi');
const DROPPED_CLOSING = new Map(DROPPED_NAMES.map((name) => [name, new RegExp(`<\\/${name}\\s*>`, 'gi')]));

/** Plain text of an HTML fragment: paragraphs separated by blank lines, runs of spaces folded. */
export function htmlToText(html: string): string {
  const withBreaks = withoutDroppedElements(withoutComments(html))
    .replace(LIST_ITEM, '\n\n• ')
    .replace(BLOCK_BOUNDARY, '\n\n')
    .replace(ANY_TAG, '');
  return normaliseWhitespace(decodeEntities(withBreaks));
}

type Span = { start: number; end: number };

/** `html` with each span `next` finds (searching from where the last one ended) replaced by a space. */
function withSpansAsSpaces(html: string, next: (from: number) => Span | null): string {
  let kept = '';
  let copiedTo = 0;
  for (let span = next(0); span; span = next(copiedTo)) {
    kept += `${html.slice(copiedTo, span.start)} `;
    copiedTo = span.end;
  }
  return copiedTo === 0 ? html : kept + html.slice(copiedTo);
}

/** Each "<!-- … -->" replaced by a space; from an unclosed one on, the text is kept (no later one can close either). */
function withoutComments(html: string): string {
  return withSpansAsSpaces(html, (from) => {
    const open = html.indexOf('<!--', from);
    const close = open < 0 ? -1 : html.indexOf('-->', open + 4);
    return close < 0 ? null : { start: open, end: close + 3 };
  });
}

/** Scripts, styles and the other elements whose content is not text, each replaced by a space up to its closing tag;
 *  an element never closed is kept, and once one is known unclosed the later openings of its name are not searched. */
function withoutDroppedElements(html: string): string {
  const unclosed = new Set<string>();
  return withSpansAsSpaces(html, (from) => {
    DROPPED_OPENING.lastIndex = from;
    for (let opening = DROPPED_OPENING.exec(html); opening; opening = DROPPED_OPENING.exec(html)) {
      const name = opening[1]!.toLowerCase();
      if (unclosed.has(name)) continue;
      const closing = DROPPED_CLOSING.get(name as (typeof DROPPED_NAMES)[number])!;
      closing.lastIndex = DROPPED_OPENING.lastIndex;
      const close = closing.exec(html);
      if (close) return { start: opening.index, end: close.index + close[0].length };
      unclosed.add(name);
    }
    return null;
  });
}

/** Runs of spaces other than one plain space: a single ' ' between words, the usual case, is left as it is. */
const SPACE_RUN = /[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000][\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]*| [\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** What normaliseWhitespace has to fold besides the ends: titles, names and places usually have none of it. */
const FOLDABLE = /[\n\r\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}/;

/** Folds spaces within lines and keeps at most one blank line between paragraphs. */
export function normaliseWhitespace(text: string): string {
  if (!FOLDABLE.test(text)) return text.trim();
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text)
    .replace(SPACE_RUN, ' ')
    .replace(/ +\n *|\n +/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
