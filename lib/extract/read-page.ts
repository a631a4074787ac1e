// Reading the postings of a page with a given set of board adapters: JSON-LD first, then the board's adapter (and
// its inline-script data), then — only when given one — the generic reader. Knows no board by name: a board's own
// content script passes its adapter alone, the CLI and the on-demand reader pass them all (index.ts).
//
// The reading is a generator that pauses after each card, so that a content script can hand the page's main
// thread back between slices on a thread of hundreds of posts, and that gives each card's posting as soon as it is
// read whole, so that the content script can have the first postings scored while it reads the rest; `readToEnd`
// runs it in one go.
import type { Posting } from '../model';
import type { BoardHealth } from '../messages';
import { type BoardDefinition, type PostingField, finishPosting, mergePartials, queryAll, readField, readPartial } from './engine';
import { absoluteUrl, canonicalUrl, siteName } from './ids';
import { findJobPostingsJsonLd, postingFromJsonLd } from './jsonld';

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
/**
 * A page being read: each `next()` reads a little more (about one card) and yields a card's item once it is final
 * (the same object the return value will hold); the return value is the whole page, yielded items included.
 */
export type PageReading = Generator<ExtractedItem | undefined, PageExtraction, void>;

export interface ReadOptions {
  /** The reader of pages no adapter recognises (the popup's "Evaluate this page"); without it they read as 'none'. */
  generic?: (doc: Document, url: string) => Posting | null;
}

/** Runs a reading (or any pausing generator) to its end without pausing. */
export function readToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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

/** Match patterns of the boards, for a content script's manifest entry. */
export function boardMatches(boards: readonly BoardDefinition[]): string[] {
  return [...new Set(boards.flatMap((board) => board.urls))];
}

/** Which of the boards a URL belongs to: the first whose URL patterns cover it. */
export function boardRouter(boards: readonly BoardDefinition[]): (url: string) => BoardDefinition | null {
  const routes = boards.map((board) => ({ board, patterns: board.urls.map(matchPatternRegex) }));
  return (url) => {
    let target: string;
    try {
      const parsed = new URL(url);
      target = `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`;
    } catch {
      return null;
    }
    return routes.find(({ patterns }) => patterns.some((pattern) => pattern.test(target)))?.board ?? null;
  };
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

/**
 * The page as one board's adapter reads it. A list's cards are each read, finished and given in one step, so that the
 * first postings can be scored while the rest of a long thread is read: a job pane and the page's script data, which
 * a card may merge with, are read before the cards.
 */
export function* readWithBoard(board: BoardDefinition, doc: Document, url: string, jsonLd: Partial<Posting>[]): PageReading {
  const scripts = board.fromScripts?.(doc, url) ?? [];
  const failed = new Set<PostingField>();
  const found = board.list ? firstCards(doc, board.list.card, board.list.keep) : [];

  let single: Read | null = null;
  if (board.posting) {
    const spec = board.posting;
    const recognised = spec.when
      ? spec.when.some((selector) => queryAll(doc, selector.replace(/@[\w:.-]+$/, '')).length > 0)
      : Boolean(spec.fields.title && readField(doc, spec.fields.title, url));
    if (recognised || (found.length === 0 && (jsonLd.length === 1 || scripts.length === 1))) {
      const { partial, failed: postingFailed } = readPartial(doc, spec.fields, url);
      if (recognised) for (const field of postingFailed) if (spec.required.includes(field)) failed.add(field);
      const root = (spec.root ?? []).map((selector) => queryAll(doc, selector)[0]).find(Boolean) ?? null;
      single = { partial, element: root, usedJsonLd: false };
    }
  }
  if (!single && found.length === 0 && (jsonLd.length === 1 || scripts.length === 1)) {
    single = { partial: {}, element: null, usedJsonLd: false };
  }
  if (single) {
    const fromJsonLd = jsonLd.length === 1 ? jsonLd[0] : undefined;
    const fromScripts = scripts.length === 1 ? scripts[0] : undefined;
    // The adapter's boardJobId comes from the URL, the one cards use too; JSON-LD identifiers are often requisition numbers.
    const jsonLdFields = fromJsonLd && single.partial.boardJobId ? { ...fromJsonLd, boardJobId: undefined } : fromJsonLd;
    single = { partial: mergePartials(single.partial, jsonLdFields, fromScripts), element: single.element, usedJsonLd: Boolean(fromJsonLd) };
  }

  const health = (): BoardHealth => ({ board: board.id, url, failedFields: [...failed] });
  const finish = (read: Read, required: readonly PostingField[]) => ({
    posting: finishPosting(board.id, read.partial, url, read.usedJsonLd ? 'jsonld' : 'adapter', required),
    element: read.element,
  });

  if (board.list && found.length > 0) {
    const { required, fields } = board.list;
    const shared = board.list.shared ? readPartial(doc, board.list.shared, url).partial : {};
    const scriptsByKey = new Map<string, Partial<Posting>[]>();
    for (const data of scripts) {
      const key = matchKey(data);
      if (key) scriptsByKey.set(key, [...(scriptsByKey.get(key) ?? []), data]);
    }
    // A job pane next to the list (LinkedIn, Indeed) is one of the cards, read in full.
    const pane = single ? finish(single, board.posting!.required) : null;
    let paneCard = false;
    const misses = new Map<PostingField, number>();
    // The same job twice on one page (We Work Remotely's featured copy above the regular one) is one posting.
    const seen = new Set<string>();
    const items: ExtractedItem[] = [];
    for (const card of found) {
      const { partial, failed: cardFailed } = readPartial(card, fields, url);
      for (const field of cardFailed) if (required.includes(field)) misses.set(field, (misses.get(field) ?? 0) + 1);
      const fromCard = mergePartials(shared, partial);
      const merged = mergePartials(fromCard, ...(scriptsByKey.get(matchKey(fromCard) ?? '') ?? []));
      let item: ExtractedItem | undefined = finish({ partial: merged, element: card, usedJsonLd: false }, required);
      if (seen.has(item.posting.id)) item = undefined;
      else {
        seen.add(item.posting.id);
        if (pane && item.posting.id === pane.posting.id) {
          const cardMissing = item.posting.missing;
          item = { posting: { ...pane.posting, missing: cardMissing.filter((f) => pane.posting.missing.includes(f)) }, element: item.element };
          paneCard = true;
        }
        items.push(item);
      }
      yield item;
    }
    if (pane && !paneCard) items.unshift(pane);
    // One odd card is the poster's doing; most cards missing a field means the markup changed.
    for (const [field, count] of misses) if (count * 2 >= found.length) failed.add(field);
    return { board: board.id, kind: 'list', items, health: health() };
  }
  if (single) {
    return { board: board.id, kind: 'posting', items: [finish(single, board.posting?.required ?? [])], health: health() };
  }
  const dataOnly = scripts.length > 1 ? scripts : jsonLd;
  if (dataOnly.length > 1) {
    const required = board.list?.required ?? [];
    const items = dataOnly.map((partial) => finish({ partial, element: null, usedJsonLd: dataOnly === jsonLd }, required));
    return { board: board.id, kind: 'list', items: withLinkedCards(doc, url, items), health: health() };
  }
  return { board: board.id, kind: 'none', items: [], health: failed.size ? health() : null };
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

export function readJsonLd(doc: Document, url: string): Partial<Posting>[] {
  return findJobPostingsJsonLd(doc).map((node) => postingFromJsonLd(node, url));
}

/** A page no board adapter read: its JSON-LD postings, else what the generic reader finds (when given one). */
function readWithoutBoard(doc: Document, url: string, board: BoardDefinition | null, jsonLd: Partial<Posting>[], options: ReadOptions): PageExtraction {
  if (jsonLd.length > 0) {
    const site = siteName(url);
    const items = withLinkedCards(doc, url, jsonLd.map((partial) => ({ posting: finishPosting(site, partial, url, 'jsonld'), element: null })));
    return { board: board?.id ?? null, kind: items.length === 1 ? 'posting' : 'list', items, health: null };
  }
  const generic = options.generic?.(doc, url) ?? null;
  if (generic) return { board: board?.id ?? null, kind: 'posting', items: [{ posting: generic, element: doc.body ?? null }], health: null };
  return { board: board?.id ?? null, kind: 'none', items: [], health: null };
}

/** Reads a page whose board (if any) is known. Never throws: a page that cannot be read yields kind 'none'. */
export function* readPage(doc: Document, url: string, board: BoardDefinition | null, options: ReadOptions = {}): PageReading {
  try {
    const jsonLd = readJsonLd(doc, url);
    if (board) {
      const extraction = yield* readWithBoard(board, doc, url, jsonLd);
      if (extraction.kind !== 'none' || !options.generic) return extraction;
    }
    return readWithoutBoard(doc, url, board, jsonLd, options);
  } catch {
    return { board: board?.id ?? null, kind: 'none', items: [], health: null };
  }
}
