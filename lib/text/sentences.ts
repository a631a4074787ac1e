// Sentence boundaries for evidence: the scorer finds a phrase by its index in the text and shows the sentence around
// it. Scanning outwards from one index costs a few hundred characters, far less than splitting the whole posting.

const MAX_EVIDENCE = 300;
// "e.g.", "U.S.", "Sr.", "Inc." end with a dot without ending the sentence.
const ABBREVIATION_BEFORE_DOT = /(?:\b[a-z]|\be\.g|\bi\.e|\betc|\bvs|\bsr|\bjr|\binc|\bltd|\bco|\bcorp|\bdr|\bmr|\bms|\bmrs|\bst|\bno|\bapprox|\bincl)$/i;

const NEWLINE = 10;
const SPACE = 32;
const PIPE = 124;
const BULLET = 0x2022;
const DOT = 46;
const EXCLAMATION = 33;
const QUESTION = 63;

// Called for every character between an index and its sentence's ends: char codes, no one-character strings.
function isBoundaryAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === NEWLINE || code === PIPE || code === BULLET) return true;
  if (code !== DOT && code !== EXCLAMATION && code !== QUESTION) return false;
  if (index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next !== SPACE && next !== NEWLINE) return false;
  }
  if (code !== DOT) return true;
  return !ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, index - 8), index));
}

/** How far a sentence reaches on either side of an index: a page with no punctuation is not one sentence that every
 *  mention in it scans again (which made scoring a 200,000-character hostile posting take 25 s). */
const MAX_SENTENCE_REACH = 1_000;

/** Start (inclusive) and end (exclusive) of the sentence around `index`, at most MAX_SENTENCE_REACH either side. */
export function sentenceBounds(text: string, index: number): { start: number; end: number } {
  let start = Math.max(0, Math.min(index, text.length));
  const floor = Math.max(0, start - MAX_SENTENCE_REACH);
  while (start > floor && !isBoundaryAt(text, start - 1)) start--;
  let end = Math.max(start, Math.min(index, text.length));
  const ceiling = Math.min(text.length, end + MAX_SENTENCE_REACH);
  while (end < ceiling && !isBoundaryAt(text, end)) end++;
  if (end < ceiling && text.charCodeAt(end) !== NEWLINE && text.charCodeAt(end) !== PIPE) end++;
  return { start, end };
}

/** How far a line may reach on either side of an index and still be read as a line (a bullet, a label, a role's
 *  name): longer, it is prose run together, and reading it again for each mention in it is what made a page without
 *  line breaks cost the square of its length. */
const MAX_LINE_REACH = 1_000;

/** Start (inclusive) and end (exclusive, before its line break) of the line around `index`; null when it reaches
 *  further than MAX_LINE_REACH on either side. */
export function lineBounds(text: string, index: number): { start: number; end: number } | null {
  let start = index;
  const floor = Math.max(0, index - MAX_LINE_REACH);
  while (start > floor && text.charCodeAt(start - 1) !== NEWLINE) start--;
  if (start > 0 && text.charCodeAt(start - 1) !== NEWLINE) return null;
  let end = index;
  const ceiling = Math.min(text.length, index + MAX_LINE_REACH);
  while (end < ceiling && text.charCodeAt(end) !== NEWLINE) end++;
  if (end < text.length && text.charCodeAt(end) !== NEWLINE) return null;
  return { start, end };
}

/** The sentence around `index`, trimmed, and cut to a readable length around the index when very long. */
export function sentenceAround(text: string, index: number, maxLength = MAX_EVIDENCE): string {
  let { start, end } = sentenceBounds(text, index);
  if (end - start > maxLength) {
    start = Math.max(start, index - Math.floor(maxLength / 2));
    end = Math.min(end, start + maxLength);
    return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}…`;
  }
  return text.slice(start, end).replace(/^[\s•|–-]+/, '').trim();
}

/** The sentences of a text, in order (line breaks, pipes and sentence punctuation end a sentence). */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let index = 0;
  while (index < text.length) {
    const { end } = sentenceBounds(text, index);
    const sentence = text.slice(index, end).replace(/^[\s•|–-]+/, '').trim();
    if (sentence) sentences.push(sentence);
    index = Math.max(index + 1, end + (end < text.length && (text[end] === '\n' || text[end] === '|') ? 1 : 0));
  }
  return sentences;
}
