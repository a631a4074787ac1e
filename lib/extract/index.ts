// Reading the postings of a page: JSON-LD first, then the board's adapter (and its inline-script data), then —
// only when asked — the generic reader. Never throws: a page the extension cannot read yields kind 'none'.
import type { Posting } from '../model';
import type { BoardHealth } from '../messages';
import { htmlToText, normaliseWhitespace } from '../text/html';
import { authorAddresses } from '../text/emails';
import { BOARDS } from './boards/index';
import {
  type BoardDefinition, type PostingField, finishPosting, mergePartials, queryAll, readField, readPartial,
} from './engine';
import { extractGeneric } from './generic';
import { parseHeaderLine } from './header-line';
import { absoluteUrl, canonicalUrl, siteName } from './ids';
import { findJobPostingsJsonLd, postingFromJsonLd } from './jsonld';
import { parseSalary } from './processors';

export { extractGeneric } from './generic';
export { BOARDS } from './boards/index';

export interface ExtractedItem {
  posting: Posting;
  /** The card, row or job header the badge goes on; null for postings read from data only. */
  element: Element | null;
}
export interface PageExtraction {
  board: string | null;
  kind: 'posting' | 'list' | 'none';
  items: ExtractedItem[];
  health: BoardHealth | null;
}
export interface ExtractOptions {
  /** Read pages no board adapter recognises with the generic reader (the popup's "Evaluate this page"). */
  generic?: boolean;
  /**
   * For a saved page whose URL is unknown (no canonical link): let every board try the markup and keep the one that
   * reads the most whole postings. Off in the browser, where the URL is always known.
   */
  sniffBoard?: boolean;
}

function matchPatternRegex(pattern: string): RegExp {
  const parsed = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = parsed;
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemePart = scheme === '*' ? 'https?' : scheme!;
  const hostPart = host === '*' ? '[^/]*' : host!.startsWith('*.') ? `(?:[^/]*\\.)?${escape(host!.slice(2))}` : escape(host!);
  const pathPart = path!.split('*').map(escape).join('.*');
  return new RegExp(`^${schemePart}://${hostPart}${pathPart}$`, 'i');
}

const BOARD_PATTERNS = BOARDS.map((board) => ({ board, patterns: board.urls.map(matchPatternRegex) }));

/** Match patterns of every supported board, for the content script's manifest entry. */
export const CONTENT_MATCHES: string[] = [...new Set(BOARDS.flatMap((board) => board.urls))];

/** The board whose URL patterns cover the URL, if any. */
export function boardForUrl(url: string): BoardDefinition | null {
  let target: string;
  try {
    const parsed = new URL(url);
    target = `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`;
  } catch {
    return null;
  }
  return BOARD_PATTERNS.find(({ patterns }) => patterns.some((pattern) => pattern.test(target)))?.board ?? null;
}

function matchKey(posting: Partial<Posting>): string | null {
  return posting.boardJobId || (posting.url ? canonicalUrl(posting.url) : null);
}

interface Read {
  partial: Partial<Posting>;
  element: Element | null;
  usedJsonLd: boolean;
}

function firstCards(doc: Document, selectors: readonly string[], keep?: (card: Element) => boolean): Element[] {
  for (const selector of selectors) {
    const cards = queryAll(doc, selector);
    if (cards.length) return keep ? cards.filter(keep) : cards;
  }
  return [];
}

function extractWithBoard(board: BoardDefinition, doc: Document, url: string, jsonLd: Partial<Posting>[]): PageExtraction {
  const scripts = board.fromScripts?.(doc, url) ?? [];
  const failed = new Set<PostingField>();

  const cards: Read[] = [];
  if (board.list) {
    const required = board.list.required;
    const misses = new Map<PostingField, number>();
    const found = firstCards(doc, board.list.card, board.list.keep);
    const shared = found.length && board.list.shared ? readPartial(doc, board.list.shared, url).partial : {};
    for (const card of found) {
      const { partial, failed: cardFailed } = readPartial(card, board.list.fields, url);
      for (const field of cardFailed) if (required.includes(field)) misses.set(field, (misses.get(field) ?? 0) + 1);
      cards.push({ partial: mergePartials(shared, partial), element: card, usedJsonLd: false });
    }
    // One odd card is the poster's doing; most cards missing a field means the markup changed.
    for (const [field, count] of misses) if (count * 2 >= found.length) failed.add(field);
  }

  let single: Read | null = null;
  if (board.posting) {
    const spec = board.posting;
    const recognised = spec.when
      ? spec.when.some((selector) => queryAll(doc, selector.replace(/@[\w:.-]+$/, '')).length > 0)
      : Boolean(spec.fields.title && readField(doc, spec.fields.title, url));
    if (recognised || (cards.length === 0 && (jsonLd.length === 1 || scripts.length === 1))) {
      const { partial, failed: postingFailed } = readPartial(doc, spec.fields, url);
      if (recognised) for (const field of postingFailed) if (spec.required.includes(field)) failed.add(field);
      const root = (spec.root ?? []).map((selector) => queryAll(doc, selector)[0]).find(Boolean) ?? null;
      single = { partial, element: root, usedJsonLd: false };
    }
  }
  if (!single && cards.length === 0 && (jsonLd.length === 1 || scripts.length === 1)) {
    single = { partial: {}, element: null, usedJsonLd: false };
  }
  if (single) {
    const fromJsonLd = jsonLd.length === 1 ? jsonLd[0] : undefined;
    const fromScripts = scripts.length === 1 ? scripts[0] : undefined;
    // The adapter's boardJobId comes from the URL, the one cards use too; JSON-LD identifiers are often requisition numbers.
    const jsonLdFields = fromJsonLd && single.partial.boardJobId ? { ...fromJsonLd, boardJobId: undefined } : fromJsonLd;
    single = { partial: mergePartials(single.partial, jsonLdFields, fromScripts), element: single.element, usedJsonLd: Boolean(fromJsonLd) };
  }

  const health: BoardHealth = { board: board.id, url, failedFields: [...failed] };
  const finish = (read: Read, required: readonly PostingField[]) => ({
    posting: finishPosting(board.id, read.partial, url, read.usedJsonLd ? 'jsonld' : 'adapter', required),
    element: read.element,
  });

  if (cards.length > 0) {
    const byKey = new Map<string, Read>();
    for (const card of cards) {
      const key = matchKey(card.partial);
      if (key) byKey.set(key, card);
    }
    for (const data of scripts) {
      const card = byKey.get(matchKey(data) ?? '');
      if (card) card.partial = mergePartials(card.partial, data);
    }
    const required = board.list!.required;
    // The same job twice on one page (We Work Remotely's featured copy above the regular one) is one posting.
    const seen = new Set<string>();
    const items = cards.map((card) => finish(card, required)).filter(({ posting }) => !seen.has(posting.id) && Boolean(seen.add(posting.id)));
    if (single) {
      // A job pane next to the list (LinkedIn, Indeed) is one of the cards, read in full.
      const pane = finish(single, board.posting!.required);
      const index = items.findIndex((item) => item.posting.id === pane.posting.id);
      if (index >= 0) items[index] = { posting: { ...pane.posting, missing: items[index]!.posting.missing.filter((f) => pane.posting.missing.includes(f)) }, element: items[index]!.element };
      else items.unshift(pane);
    }
    return { board: board.id, kind: 'list', items, health };
  }
  if (single) {
    return { board: board.id, kind: 'posting', items: [finish(single, board.posting?.required ?? [])], health };
  }
  const dataOnly = scripts.length > 1 ? scripts : jsonLd;
  if (dataOnly.length > 1) {
    const required = board.list?.required ?? [];
    const items = dataOnly.map((partial) => finish({ partial, element: null, usedJsonLd: dataOnly === jsonLd }, required));
    return { board: board.id, kind: 'list', items: withLinkedCards(doc, url, items), health };
  }
  return { board: board.id, kind: 'none', items: [], health: failed.size ? health : null };
}

/**
 * Postings read from data (a board's script state) get the link that points at them as their badge element, once
 * the page has rendered its cards; one pass over the links, whatever markup the cards use.
 */
function withLinkedCards(doc: Document, pageUrl: string, items: ExtractedItem[]): ExtractedItem[] {
  const byUrl = new Map(items.map((item) => [item.posting.url, item]));
  for (const link of queryAll(doc, 'a[href]')) {
    const href = absoluteUrl(link.getAttribute('href') ?? '', pageUrl);
    const item = href ? byUrl.get(canonicalUrl(href)) : undefined;
    if (item && !item.element) item.element = link;
  }
  return items;
}

function wholePostings(extraction: PageExtraction): number {
  return extraction.items.filter((item) => item.posting.missing.length === 0).length;
}

/** The board whose adapter reads the most whole postings from the markup alone; ties are too uncertain to pick. */
function sniffBoard(doc: Document, url: string, jsonLd: Partial<Posting>[]): PageExtraction | null {
  const ranked = BOARDS.map((board) => extractWithBoard(board, doc, url, jsonLd))
    .map((extraction) => ({ extraction, whole: wholePostings(extraction) }))
    .filter(({ whole }) => whole > 0)
    .sort((a, b) => b.whole - a.whole);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]!.whole === ranked[1]!.whole)) return null;
  return ranked[0]!.extraction;
}

function extractUnsafe(doc: Document, url: string, options: ExtractOptions): PageExtraction {
  const jsonLd = findJobPostingsJsonLd(doc).map((node) => postingFromJsonLd(node, url));
  const board = boardForUrl(url);
  if (!board && options.sniffBoard) {
    const sniffed = sniffBoard(doc, url, jsonLd);
    if (sniffed) return sniffed;
  }
  if (board) {
    const extraction = extractWithBoard(board, doc, url, jsonLd);
    if (extraction.kind !== 'none' || !options.generic) return extraction;
  }
  if (jsonLd.length > 0) {
    const site = siteName(url);
    const items = withLinkedCards(doc, url, jsonLd.map((partial) => ({ posting: finishPosting(site, partial, url, 'jsonld'), element: null })));
    return { board: board?.id ?? null, kind: items.length === 1 ? 'posting' : 'list', items, health: null };
  }
  const generic = options.generic ? extractGeneric(doc, url) : null;
  if (generic) return { board: board?.id ?? null, kind: 'posting', items: [{ posting: generic, element: doc.body ?? null }], health: null };
  return { board: board?.id ?? null, kind: 'none', items: [], health: null };
}

/** The postings on a page. Never throws. */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): PageExtraction {
  try {
    return extractUnsafe(doc, url, options);
  } catch {
    return { board: boardForUrl(url)?.id ?? null, kind: 'none', items: [], health: null };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Postings from JSONL records (the CLI)

export interface PostingRecord {
  id?: string | number;
  url?: string;
  board?: string;
  title?: string;
  company?: string;
  text_html?: string;
  text?: string;
  /** The author (HN JSONL's `by`): "(my HN username)@acme.com" addresses are completed with it. */
  by?: string;
  author?: string;
}

/** A short stable hash, to name records that carry neither id nor URL. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The Posting schema's limits (lib/model.ts), as numbers: the model's zod schemas stay out of the content script. */
const RECORD_LIMITS = { board: 64, id: 2_000 };

/** A Posting from a JSONL record; a Hacker News style first line "Company | Role | Location | …" fills the gaps. */
export function postingFromRecord(record: PostingRecord): Posting {
  const description = record.text_html ? htmlToText(record.text_html) : normaliseWhitespace(record.text ?? '');
  const header = parseHeaderLine(description.split('\n', 1)[0] ?? '');
  const board = record.board?.trim().slice(0, RECORD_LIMITS.board) || 'hackernews';
  const givenId = record.id !== undefined && record.id !== null && String(record.id) ? String(record.id).slice(0, RECORD_LIMITS.id) : null;
  const boardJobId = givenId ?? `text-${textHash(description)}`;
  const url = record.url || (board === 'hackernews' && record.id !== undefined ? `https://news.ycombinator.com/item?id=${record.id}` : '');
  const posting = finishPosting(
    board,
    {
      boardJobId,
      url,
      title: record.title ?? header.title,
      company: record.company ?? header.company,
      location: header.location,
      workplace: header.workplace,
      employment: header.employment,
      salary: header.salary ? parseSalary(header.salary) : null,
      applyUrl: header.applyUrl,
      description,
    },
    url,
    'import',
  );
  // The CLI's output lines are joined with the input on this id.
  if (givenId) posting.id = givenId;
  const author = record.by ?? record.author;
  if (author) posting.emails = [...new Set([...posting.emails, ...authorAddresses(description, author)])].slice(0, 50);
  return posting;
}
