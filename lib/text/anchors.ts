// Many keywords found in one pass: a trie walked from every word start of a lower-cased text. The scorer's rule
// families each declare the words their patterns begin with ("anchors"); one scan per posting finds them all, and
// the detailed (sticky) patterns then run only where an anchor is. Far cheaper than one big regex per family.

/** A keyword list; words ending in `*` also match longer words ("remot*" → remote, remotely). */
export interface AnchorSet {
  readonly id: number;
  readonly words: readonly string[];
}

export interface AnchorHit {
  /** Index of the word in its AnchorSet. */
  word: number;
  start: number;
  end: number;
}

const sets: AnchorSet[] = [];
let compiled: CompiledTrie | null = null;

/** Declares an anchor set (at module load). */
export function defineAnchors(words: readonly string[]): AnchorSet {
  const set = { id: sets.length, words: words.map((word) => word.toLowerCase()) };
  sets.push(set);
  compiled = null;
  return set;
}

// Characters a keyword may contain, mapped to a dense alphabet for the transition table.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 -/.+#$€£&\'’';
// Typed tables over all UTF-16 code units: one array read per character, no range checks in the scan.
const CODE_TO_LETTER = new Int8Array(0x10000).fill(-1);
for (let index = 0; index < ALPHABET.length; index++) CODE_TO_LETTER[ALPHABET.charCodeAt(index)] = index;
const WIDTH = ALPHABET.length;
// Per character code: 1 for a word character, 2 for a currency sign that starts an anchor on its own.
const WORD = 1;
const SYMBOL = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
for (let code = 0; code < CHAR_CLASS.length; code++) {
  // Letters and digits of any script are word characters; punctuation, symbols, fullwidth forms ("｜") and emoji
  // halves are not.
  const isPunctuation = (code >= 0x2000 && code < 0x2c00) || (code >= 0x3000 && code < 0x3040) || (code >= 0xd800 && code < 0xe000) || (code >= 0xfe30 && code < 0xfe70) || (code >= 0xff00 && code < 0xff10) || (code >= 0xff1a && code < 0xff21) || (code >= 0xff3b && code < 0xff41) || code >= 0xff5b;
  const isWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code > 0xbf && !isPunctuation && code !== 0xd7 && code !== 0xf7);
  CHAR_CLASS[code] = isWord ? WORD : 0;
}
for (const sign of '$€£') CHAR_CLASS[sign.charCodeAt(0)] = SYMBOL;

interface TrieEnd {
  set: number;
  word: number;
  prefix: boolean;
}

interface CompiledTrie {
  next: Int32Array;
  /** Per node: 0, or 1 + the index in `ends` of the entries that end there. */
  endAt: Int32Array;
  ends: TrieEnd[][];
}

function compile(): CompiledTrie {
  let nodes = 1;
  let next = new Int32Array(WIDTH * 256);
  const endsByNode = new Map<number, TrieEnd[]>();
  for (const set of sets) {
    set.words.forEach((raw, word) => {
      const prefix = raw.endsWith('*');
      const text = prefix ? raw.slice(0, -1) : raw;
      let node = 0;
      for (const char of text) {
        const letter = CODE_TO_LETTER[char.charCodeAt(0)] ?? -1;
        if (letter < 0) throw new Error(`anchor "${raw}" has a character the scanner does not read: "${char}"`);
        let child = next[node * WIDTH + letter]!;
        if (child === 0) {
          child = nodes++;
          if (nodes * WIDTH > next.length) {
            const grown = new Int32Array(next.length * 2);
            grown.set(next);
            next = grown;
          }
          next[node * WIDTH + letter] = child;
        }
        node = child;
      }
      const list = endsByNode.get(node) ?? [];
      list.push({ set: set.id, word, prefix });
      endsByNode.set(node, list);
    });
  }
  const endAt = new Int32Array(nodes);
  const ends: TrieEnd[][] = [];
  for (const [node, list] of endsByNode) {
    ends.push(list);
    endAt[node] = ends.length;
  }
  return { next, endAt, ends };
}

/** Every anchor of every declared set in `lower`, grouped by set id (in text order). */
export function scanAnchors(lower: string): AnchorHit[][] {
  compiled ??= compile();
  const { next, endAt, ends } = compiled;
  const hits: AnchorHit[][] = [];
  for (let set = 0; set < sets.length; set++) hits.push([]);
  const length = lower.length;
  let index = 0;
  while (index < length) {
    const kind = CHAR_CLASS[lower.charCodeAt(index)]!;
    if (kind === 0) {
      index++;
      continue;
    }
    let node = 0;
    for (let cursor = index; cursor < length; cursor++) {
      const letter = CODE_TO_LETTER[lower.charCodeAt(cursor)]!;
      if (letter < 0) break;
      node = next[node * WIDTH + letter]!;
      if (node === 0) break;
      const endIndex = endAt[node]!;
      if (endIndex === 0) continue;
      const atBoundary = cursor + 1 >= length || CHAR_CLASS[lower.charCodeAt(cursor + 1)] !== WORD;
      const entries = ends[endIndex - 1]!;
      for (let entry = 0; entry < entries.length; entry++) {
        const { set, word, prefix } = entries[entry]!;
        if (prefix || atBoundary) hits[set]!.push({ word, start: index, end: cursor + 1 });
      }
    }
    // The rest of this word starts no anchor: skip it in one tight loop.
    index++;
    if (kind === WORD) while (index < length && CHAR_CLASS[lower.charCodeAt(index)] === WORD) index++;
  }
  return hits;
}

/**
 * Matches of a sticky pattern tried at each hit's start, left to right, without overlaps: the detailed pattern
 * runs only where an anchor word begins.
 */
export function matchesAt(pattern: RegExp, lower: string, hits: readonly AnchorHit[]): RegExpExecArray[] {
  if (!pattern.sticky) throw new Error(`matchesAt needs a sticky pattern: ${pattern.source.slice(0, 40)}`);
  const matches: RegExpExecArray[] = [];
  let covered = 0;
  for (const hit of hits) {
    if (hit.start < covered) continue;
    pattern.lastIndex = hit.start;
    const match = pattern.exec(lower);
    if (!match) continue;
    matches.push(match);
    covered = hit.start + Math.max(1, match[0].length);
  }
  return matches;
}

/** Every declared anchor word (without its `*`). */
export function anchorWords(): string[] {
  return sets.flatMap((set) => set.words.map((word) => word.replace(/\*$/, '')));
}
