// Hacker News: "Ask HN: Who is hiring?" and "Freelancer? Seeking freelancer?" threads (each top-level comment is a
// posting), a single hiring comment's own page, and the /jobs list of YC companies.
import { type BadgeLine, defineBoard, type Processor } from '../engine';
import { type HeaderFields, parseHeaderLine, titleFromText } from '../header-line';
import { date, format } from '../processors';

const HIRING_THREAD = /\bwho is hiring\b/i;
const FREELANCER_THREAD = /\bseeking freelancer\b/i;
/** The first-line blocks that end the header: HN writes paragraphs as unclosed <p>. */
const HEADER_END = new Set(['P', 'DIV', 'BR', 'PRE', 'UL', 'OL']);

const threadKinds = new WeakMap<Document, 'hiring' | 'freelancer' | null>();

/** Whether the page is a hiring thread, read once per document from its title and story link. */
function threadKind(doc: Document): 'hiring' | 'freelancer' | null {
  let kind = threadKinds.get(doc);
  if (kind === undefined) {
    const story = doc.querySelector('.fatitem .titleline, .fatitem .storylink, .fatitem .onstory');
    const title = `${doc.title ?? ''} ${story?.textContent ?? ''}`;
    kind = FREELANCER_THREAD.test(title) ? 'freelancer' : HIRING_THREAD.test(title) ? 'hiring' : null;
    threadKinds.set(doc, kind);
  }
  return kind;
}

/** Runs of whitespace other than one plain space, folded to one space (most posts have no other kind). */
const SPACE_RUN = /[^\S ]\s*| \s+/g;

/** Text before the first paragraph break: the "Company | Role | …" line. */
function firstLine(commentText: Element): string {
  let line = '';
  for (let node = commentText.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && HEADER_END.has((node as Element).tagName.toUpperCase())) {
      if (line.trim()) break;
      line += `${node.textContent ?? ''} `; // a post that opens with a <p> has its header inside it
      break;
    }
    line += node.textContent ?? '';
  }
  return line.replace(SPACE_RUN, ' ').trim();
}

const headers = new WeakMap<Element, HeaderFields>();

function headerOf(commentText: Element): HeaderFields {
  let header = headers.get(commentText);
  if (!header) {
    header = parseHeaderLine(firstLine(commentText));
    headers.set(commentText, header);
  }
  return header;
}

type HeaderField = 'title' | 'company' | 'location' | 'salary' | 'applyUrl' | 'workplace' | 'employment';

/** A field of a comment's header line; `commentText` finds the comment's text from the element the selector read. */
const header = (field: HeaderField, commentText: (element: Element) => Element | null): Processor => (_value, { element }) => {
  const text = commentText(element);
  if (!text || !threadKind(text.ownerDocument)) return null;
  const fields = headerOf(text);
  if (field === 'employment') return fields.employment.join(', ') || null;
  if (field === 'workplace') return fields.workplace === 'unknown' ? null : fields.workplace;
  if (field === 'title') return fields.title || titleFromText(text.textContent ?? '') || null;
  return fields[field] || null;
};

/** The header line's fields, all read through one cheap selector: the processor does the reading. */
const headerFields = (selector: string, commentText: (element: Element) => Element | null) => ({
  title: { from: [selector], process: [header('title', commentText)] },
  company: { from: [selector], process: [header('company', commentText)] },
  location: { from: [selector], process: [header('location', commentText)] },
  workplace: { from: [selector], process: [header('workplace', commentText)] },
  employment: { from: [selector], process: [header('employment', commentText)] },
  salary: { from: [selector], process: [header('salary', commentText)] },
  applyUrl: { from: [selector], process: [header('applyUrl', commentText)] },
});

const commentTexts = new WeakMap<Element, Element | null>();

/** A thread row's comment text, looked up once per row for the filter and every header field. */
function commentTextOf(row: Element): Element | null {
  let text = commentTexts.get(row);
  if (text === undefined) {
    text = row.querySelector('.commtext');
    commentTexts.set(row, text);
  }
  return text;
}

/** On an item page the selector finds the comment text itself. */
const itself = (element: Element) => element;
const DATE_POSTED = { from: ['.age@title', '.age'], process: [date] };

/** Top-level, live comments of a hiring thread; in freelancer threads only the "SEEKING FREELANCER" side. */
function isPosting(row: Element): boolean {
  const kind = threadKind(row.ownerDocument);
  if (!kind) return false;
  const indent = row.querySelector('td.ind');
  const depth = indent?.getAttribute('indent') ?? indent?.querySelector('img')?.getAttribute('width') ?? '0';
  if (depth !== '0') return false;
  const text = commentTextOf(row);
  if (!text || /\[(?:flagged|dead|deleted)\]/.test(row.querySelector('.comhead')?.textContent ?? '')) return false;
  return kind === 'hiring' || /^\W*seeking freelancers?\b/i.test(firstLine(text));
}

/** Thread and comment pages. */
export const HACKERNEWS_ITEM_URLS = ['https://news.ycombinator.com/item*'];

/**
 * Every top-level comment of a "Who is hiring?" thread is a posting (a freelancer thread's are half of them): a row
 * whose indent cell says 0 (current HN) or holds a zero-width spacer (2020). Exported on its own for the script that
 * keeps the lines free before the first paint (entrypoints/hackernews-lines.content.ts).
 */
export const hackernewsBadgeLine: BadgeLine = {
  pageTitle: HIRING_THREAD,
  rows: 'tr.athing.comtr:has(td.ind[indent="0"], td.ind > img[width="0"])',
};

export const hackernews = defineBoard({
  id: 'hackernews',
  name: 'Hacker News',
  urls: HACKERNEWS_ITEM_URLS,
  testedOn: ['pages/hn/hn_whoishiring_december_2020_item_25266288_page1.html'],
  // A hiring comment opened on its own page (item?id=<comment id>).
  posting: {
    root: ['.fatitem'],
    fields: {
      ...headerFields('.commtext@class', itself),
      title: { from: ['.fatitem .commtext@class'], process: [header('title', itself)] },
      description: '.fatitem .commtext@html',
      datePosted: DATE_POSTED,
      boardJobId: { from: ['.fatitem tr.athing@id'] },
      url: { from: ['.fatitem tr.athing@id'], process: [format('https://news.ycombinator.com/item?id={}')] },
    },
    required: ['description'],
  },
  list: {
    card: ['tr.athing.comtr'],
    keep: isPosting,
    badgeLine: hackernewsBadgeLine,
    fields: {
      // '@class' reads the row itself, never empty (the card selector names its classes), without a query.
      ...headerFields('@class', commentTextOf),
      description: '.commtext@html',
      datePosted: DATE_POSTED,
      boardJobId: '@id',
      url: { from: ['@id'], process: [format('https://news.ycombinator.com/item?id={}')] },
    },
    required: ['description'],
  },
});

/** "Acme (YC S20) Is Hiring a Senior Engineer in Berlin": the company, then the role. */
const JOB_TITLE = /^(.+?)\s+(?:is|are)\s+hiring\b\s*(?:an?\s+)?(.*)$/i;

export const hackernewsJobs = defineBoard({
  id: 'hackernews',
  name: 'Hacker News jobs',
  urls: ['https://news.ycombinator.com/jobs*'],
  testedOn: [],
  untested: 'news.ycombinator.com/jobs markup as served in 2025: tr.athing.submission rows with .titleline > a',
  list: {
    card: ['tr.athing'],
    fields: {
      title: { from: ['.titleline > a', '.storylink'], process: [(value) => JOB_TITLE.exec(value)?.[2] || value] },
      company: { from: ['.titleline > a', '.storylink'], process: [(value) => JOB_TITLE.exec(value)?.[1] ?? null] },
      url: ['.titleline > a@href', '.storylink@href'],
      boardJobId: '@id',
    },
    required: ['title', 'url'],
  },
});
