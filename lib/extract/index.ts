// Reading the postings of a page with every board adapter (the CLI, the tests and the popup's on-demand reader):
// JSON-LD first, then the board's adapter (and its inline-script data), then — only when asked — the generic
// reader. Never throws: a page the extension cannot read yields kind 'none'. A board's own content script reads
// with its adapter alone (read-page.ts), so that a board page loads only the code it needs.
import type { Posting } from '../model';
import { htmlToText, normaliseWhitespace } from '../text/html';
import { authorAddresses } from '../text/emails';
import { BOARDS } from './boards/index';
import { finishPosting } from './engine';
import { extractGeneric } from './generic';
import { parseHeaderLine, titleFromText } from './header-line';
import { parseSalary } from './processors';
import { withTextEmails } from './text-emails';
import { boardMatches, boardRouter, readJsonLd, readPage, readToEnd, readWithBoard, type PageExtraction, type PageReading } from './read-page';

export { extractGeneric } from './generic';
export { BOARDS } from './boards/index';
export type { ExtractedItem, PageExtraction, PageReading } from './read-page';

export interface ExtractOptions {
  /** Read pages no board adapter recognises with the generic reader (the popup's "Evaluate this page"). */
  generic?: boolean;
  /**
   * For a saved page whose URL is unknown (no canonical link): let every board try the markup and keep the one that
   * reads the most whole postings. Off in the browser, where the URL is always known.
   */
  sniffBoard?: boolean;
}

/** Match patterns of every supported board. */
export const CONTENT_MATCHES: string[] = boardMatches(BOARDS);

/** The board whose URL patterns cover the URL, if any. */
export const boardForUrl = boardRouter(BOARDS);

function wholePostings(extraction: PageExtraction): number {
  return extraction.items.filter((item) => item.posting.missing.length === 0).length;
}

/** The board whose adapter reads the most whole postings from the markup alone; ties are too uncertain to pick. */
function sniffBoard(doc: Document, url: string): PageExtraction | null {
  const jsonLd = readJsonLd(doc, url);
  const ranked = BOARDS.map((board) => readToEnd(readWithBoard(board, doc, url, jsonLd)))
    .map((extraction) => ({ extraction, whole: wholePostings(extraction) }))
    .filter(({ whole }) => whole > 0)
    .sort((a, b) => b.whole - a.whole);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]!.whole === ranked[1]!.whole)) return null;
  return ranked[0]!.extraction;
}

/** Reads a page with every adapter, pausing between cards (see read-page.ts). Never throws. */
export function readAnyPage(doc: Document, url: string, options: { generic?: boolean } = {}): PageReading {
  return readPage(doc, url, boardForUrl(url), { generic: options.generic ? extractGeneric : undefined });
}

/** The postings on a page, read in one go, with the addresses their descriptions state. Never throws. */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): PageExtraction {
  const extraction = readWhole(doc, url, options);
  return { ...extraction, items: extraction.items.map((item) => ({ ...item, posting: withTextEmails(item.posting) })) };
}

function readWhole(doc: Document, url: string, options: ExtractOptions): PageExtraction {
  if (options.sniffBoard && !boardForUrl(url)) {
    try {
      const sniffed = sniffBoard(doc, url);
      if (sniffed) return sniffed;
    } catch {
      return { board: null, kind: 'none', items: [], health: null };
    }
  }
  return readToEnd(readAnyPage(doc, url, options));
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
  const posting = withTextEmails(finishPosting(
    board,
    {
      boardJobId,
      url,
      title: record.title ?? (header.title || titleFromText(description)),
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
  ));
  // The CLI's output lines are joined with the input on this id.
  if (givenId) posting.id = givenId;
  const author = record.by ?? record.author;
  if (author) posting.emails = [...new Set([...posting.emails, ...authorAddresses(description, author)])].slice(0, 50);
  return posting;
}
