// The board description language: an adapter says WHERE a board shows each field (CSS selectors) and HOW to clean
// it (named processors); this engine does the reading, the conversion into a Posting and the health report.
import type { Posting } from '../model';
import { postingEmails } from '../posting-emails';
import { normaliseWhitespace } from '../text/html';
import { absoluteUrl, canonicalUrl, postingId } from './ids';
import { parseDate, parseEmployment, parseSalary, parseWorkplace, type Processor } from './processors';

export type { Processor, ProcessorContext } from './processors';

export type PostingField =
  | 'title' | 'company' | 'location' | 'workplace' | 'employment' | 'salary' | 'datePosted' | 'description'
  | 'applyUrl' | 'boardJobId' | 'url' | 'emails';

/**
 * CSS selector; a suffix '@attr' reads that attribute, '@html' reads the element's HTML and turns it into text
 * (htmlToText, keeps paragraphs), default reads textContent (whitespace-folded). An empty selector ('' or '@attr')
 * reads the root itself: the card, or the document element. PAGE_URL reads the page's URL (ids that only the URL has).
 */
export type Selector = string;
export const PAGE_URL: Selector = ':page-url';
/** A field: selectors tried in order (first non-empty value wins), then processors applied in order. */
export type FieldSpec = Selector | readonly Selector[] | { from: readonly Selector[]; process?: readonly Processor[] };
export type FieldSpecs = Partial<Record<PostingField, FieldSpec>>;

/** Rows that keep a line free for their badge, on pages whose title matches (see BoardDefinition.list.badgeLine). */
export interface BadgeLine {
  pageTitle: RegExp;
  rows: Selector;
}

export interface BoardDefinition {
  id: string;
  name: string;
  /** WebExtension match patterns, e.g. 'https://*.linkedin.com/jobs/*'. */
  urls: readonly string[];
  /** Corpus-relative saved pages this adapter is tested on ([] only with `untested`). */
  testedOn: readonly string[];
  /** When no saved page exists: what the adapter was built from. */
  untested?: string;
  /** An employer's own ATS: preferred source on dedupe. */
  isAts?: boolean;
  /**
   * Single job view. `when` tells the page is a job page (default: the title field reads a value). `root` is the
   * element the badge goes on (the job header); the fields are read from the whole document.
   */
  posting?: { when?: readonly Selector[]; root?: readonly Selector[]; fields: FieldSpecs; required: readonly PostingField[] };
  /** Result list / thread: each element matched by `card` (first selector that matches) is one posting. */
  list?: {
    card: readonly Selector[];
    fields: FieldSpecs;
    required: readonly PostingField[];
    /** Filter cards, e.g. Hacker News top-level comments only. */
    keep?: (card: Element) => boolean;
    /** Fields read once from the whole document and given to every card (the company of a single-company board). */
    shared?: FieldSpecs;
    /**
     * On pages whose title says so, the card rows that will get a badge: the page keeps a line free at the top of each
     * from its first paint, so that a long thread is not pushed down (and laid out again whole) when the badges come.
     * Read only while the page is parsed (then the rows are marked), so `:has()` costs nothing later. Rows the reader
     * then does not keep give their line back.
     */
    badgeLine?: BadgeLine;
  };
  /** Data that is not in the DOM (inline <script> state): raw postings; they override the DOM and JSON-LD fields. */
  fromScripts?: (doc: Document, url: string) => Partial<Posting>[] | null;
}

// Marked free of side effects so that a board's content script drops the adapters it does not import by name (a
// file may define two); the check still runs wherever the adapter is used.
/*#__NO_SIDE_EFFECTS__*/
export function defineBoard(def: BoardDefinition): BoardDefinition {
  if (def.testedOn.length === 0 && !def.untested) {
    throw new Error(`board ${def.id}: list the saved pages it is tested on, or say in 'untested' what it was built from`);
  }
  return def;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading fields

interface ParsedSelector {
  css: string;
  /** null: textContent; 'html': the element's HTML as text; otherwise an attribute name. */
  read: string | null;
}

const selectorCache = new Map<string, ParsedSelector>();

function parseSelector(selector: Selector): ParsedSelector {
  let parsed = selectorCache.get(selector);
  if (!parsed) {
    const suffix = /@([A-Za-z_:][\w:.-]*)$/.exec(selector);
    const css = suffix ? selector.slice(0, suffix.index) : selector;
    // An '@' inside an attribute selector (a[href*="@"]) is not a read suffix: brackets must balance before it.
    const balanced = css.split('[').length === css.split(']').length;
    parsed = suffix && balanced ? { css: css.trim(), read: suffix[1]! } : { css: selector.trim(), read: null };
    selectorCache.set(selector, parsed);
  }
  return parsed;
}

function specSelectors(spec: FieldSpec): { from: readonly Selector[]; process: readonly Processor[] } {
  if (typeof spec === 'string') return { from: [spec], process: [] };
  if ('from' in spec) return { from: spec.from, process: spec.process ?? [] };
  return { from: spec as readonly Selector[], process: [] };
}

/** Elements whose text is code, not page text: CSS-in-JS boards (Indeed) put <style> tags inside titles and names. */
const CODE_ELEMENTS = 'style, script, noscript, template';

/** Plain text of an element: textContent without style/script text, whitespace folded onto one line. */
export function elementText(element: Element): string {
  let text = element.textContent ?? '';
  if (element.querySelector(CODE_ELEMENTS)) {
    const copy = element.cloneNode(true) as Element;
    for (const code of copy.querySelectorAll(CODE_ELEMENTS)) code.remove();
    text = copy.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

function queryOne(root: ParentNode, css: string): Element | null {
  if (!css) return (root as Node).nodeType === 1 ? (root as Element) : ((root as Document).documentElement ?? null);
  try {
    return root.querySelector(css);
  } catch {
    return null; // a selector this browser does not support reads nothing rather than breaking the page
  }
}

export function queryAll(root: ParentNode, css: string): Element[] {
  try {
    return [...root.querySelectorAll(css)];
  } catch {
    return [];
  }
}

const BLOCK_ELEMENTS = new Set([
  'P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER',
  'FOOTER', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'DL', 'HR', 'MAIN', 'ASIDE', 'NAV', 'FORM', 'FIELDSET', 'FIGURE',
  'FIGCAPTION', 'DETAILS', 'SUMMARY',
]);
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT']);

function appendText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED_ELEMENTS.has(tag)) continue;
      const block = BLOCK_ELEMENTS.has(tag);
      if (block) parts.push(tag === 'LI' ? '\n\n• ' : '\n\n');
      appendText(child, parts);
      if (block) parts.push('\n\n');
    }
  }
}

/**
 * The element's text with paragraphs kept, as htmlToText would give for its HTML; walks the DOM instead of
 * serialising and re-parsing it, which is several times faster on threads of hundreds of posts.
 */
export function elementParagraphs(element: Element): string {
  const parts: string[] = [];
  appendText(element, parts);
  return normaliseWhitespace(parts.join(''));
}

function readElement(element: Element, read: string | null): string {
  if (read === null) return elementText(element);
  if (read === 'html') return elementParagraphs(element);
  return (element.getAttribute(read) ?? '').trim();
}

export interface FieldRead {
  value: string;
  element: Element;
}

/** The first non-empty value the spec's selectors read (after its processors), with the element it came from. */
export function readField(root: ParentNode, spec: FieldSpec, url: string): FieldRead | null {
  const { from, process } = specSelectors(spec);
  for (const selector of from) {
    const { css, read } = parseSelector(selector);
    const element = selector === PAGE_URL ? queryOne(root, '') : queryOne(root, css);
    if (!element) continue;
    let value: string | null = selector === PAGE_URL ? url : readElement(element, read);
    for (const step of process) {
      if (!value) break;
      value = step(value, { url, element });
    }
    if (value) return { value, element };
  }
  return null;
}

/**
 * The JSON value a page's inline script assigns to a variable (`window.__appData = {…};`), read from the script
 * TEXT: content scripts cannot see page globals. Null when absent or not valid JSON.
 */
export function scriptJson(doc: Document, assignment: string): unknown {
  for (const script of queryAll(doc, 'script:not([src])')) {
    const text = script.textContent ?? '';
    const at = text.indexOf(assignment);
    if (at < 0) continue;
    const start = text.slice(at + assignment.length).search(/[[{]/);
    if (start < 0) continue;
    const json = balancedJson(text, at + assignment.length + start);
    if (json === null) continue;
    try {
      return JSON.parse(json) as unknown;
    } catch {
      continue;
    }
  }
  return null;
}

/** The JSON object or array starting at `start`, found by bracket counting outside strings. */
function balancedJson(text: string, start: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Values → Posting

/** Fields that a Partial<Posting> is considered to carry, for merging and for `missing`. */
function hasValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === 'unknown') return false;
  return !Array.isArray(value) || value.length > 0;
}

/** Later parts win field by field where they carry a value. */
export function mergePartials(...parts: ReadonlyArray<Partial<Posting> | null | undefined>): Partial<Posting> {
  const merged: Partial<Posting> = {};
  for (const part of parts) {
    if (!part) continue;
    for (const [key, value] of Object.entries(part) as [keyof Posting, unknown][]) {
      if (hasValue(value)) (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}

/** Mail addresses linked from an element (mailto: hrefs), lower-cased. */
export function mailtoAddresses(element: Element): string[] {
  const found: string[] = [];
  for (const link of queryAll(element, 'a[href^="mailto:" i]')) {
    const address = decodeURIComponent((link.getAttribute('href') ?? '').slice(7).split('?')[0]!).trim().toLowerCase();
    if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/.test(address)) found.push(address);
  }
  return found;
}

/** The Posting fields read by a board's field specs, converted from text to their types. */
export function readPartial(root: ParentNode, fields: FieldSpecs, url: string): { partial: Partial<Posting>; failed: PostingField[] } {
  const partial: Partial<Posting> = {};
  const failed: PostingField[] = [];
  const emails: string[] = [];
  for (const [field, spec] of Object.entries(fields) as [PostingField, FieldSpec][]) {
    const read = readField(root, spec, url);
    if (!read) {
      failed.push(field);
      continue;
    }
    const { value, element } = read;
    switch (field) {
      case 'workplace': {
        const workplace = parseWorkplace(value);
        if (workplace) partial.workplace = workplace;
        else failed.push(field);
        break;
      }
      case 'employment':
        partial.employment = parseEmployment(value);
        break;
      case 'salary':
        partial.salary = parseSalary(value) ?? { min: null, max: null, currency: null, period: null, text: value.slice(0, 300) };
        break;
      case 'datePosted':
        partial.datePosted = parseDate(value);
        break;
      case 'url':
      case 'applyUrl': {
        const absolute = absoluteUrl(value, url);
        if (absolute) partial[field] = absolute;
        else failed.push(field);
        break;
      }
      case 'description':
        partial.description = value;
        emails.push(...mailtoAddresses(element)); // addresses in the text itself are found when the posting is finished
        break;
      case 'emails':
        // A contact line of the board's own markup: plain addresses (the obfuscated forms are a poster's, found in
        // the description by withTextEmails).
        emails.push(...(value.match(PLAIN_ADDRESS) ?? []).map((address) => address.toLowerCase()), ...mailtoAddresses(element));
        break;
      default:
        partial[field] = normaliseWhitespace(value);
    }
  }
  if (emails.length) partial.emails = [...new Set(emails)];
  return { partial, failed };
}

// Starts only where a word starts, and a mailbox name has at most 64 characters: unbounded, a long word with no "@"
// was scanned again from each of its letters (80,000 letters: 5.7 s on the page's main thread).
const PLAIN_ADDRESS = /(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/gi;

const LIMITS = { title: 1_000, company: 1_000, location: 2_000, description: 200_000, url: 4_000, boardJobId: 500 };

function clip(text: string | null | undefined, max: number): string {
  return (text ?? '').slice(0, max);
}

/**
 * A whole Posting from the parts read: id from the board's job id, else the canonical URL; metadata workplace from
 * the location text when nothing else states it ("Remote, Canada"); texts clipped to the schema's limits.
 */
export function finishPosting(
  board: string,
  partial: Partial<Posting>,
  pageUrl: string,
  source: Posting['source'],
  required: readonly PostingField[] = [],
): Posting {
  const url = canonicalUrl(clip(partial.url || pageUrl, LIMITS.url));
  const boardJobId = partial.boardJobId ? clip(partial.boardJobId, LIMITS.boardJobId) : null;
  const location = clip(partial.location, LIMITS.location);
  const workplace = partial.workplace && partial.workplace !== 'unknown' ? partial.workplace : (parseWorkplace(location) ?? 'unknown');
  const description = clip(partial.description, LIMITS.description);
  // Addresses written in the description are added by withTextEmails (text-emails.ts): the readers in Node at once,
  // the background for what a board's content script sends — the address finder is kept out of the page's script.
  const emails = partial.emails ?? [];
  const posting: Posting = {
    id: postingId(board, boardJobId, url).slice(0, 2_000),
    board,
    boardJobId,
    url,
    applyUrl: partial.applyUrl ? clip(partial.applyUrl, LIMITS.url) : null,
    title: clip(partial.title, LIMITS.title),
    company: clip(partial.company, LIMITS.company),
    location,
    workplace,
    // Regions limit remote work; on a hybrid or onsite job they are a leftover (Ashby's TELECOMMUTE for hybrid jobs).
    remoteRegions: workplace === 'hybrid' || workplace === 'onsite' ? [] : (partial.remoteRegions ?? []).slice(0, 100).map((region) => region.slice(0, 200)),
    employment: [...new Set(partial.employment ?? [])],
    salary: partial.salary ?? null,
    datePosted: partial.datePosted ? partial.datePosted.slice(0, 100) : null,
    description,
    emails: postingEmails(emails),
    source,
    missing: [],
  };
  posting.missing = required.filter((field) => !hasValue(field === 'url' ? partial.url : posting[field]));
  return posting;
}
