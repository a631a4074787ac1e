// Hacker News: "Ask HN: Who is hiring?" and "Freelancer? Seeking freelancer?" threads (each top-level comment is a
// posting), a single hiring comment's own page, and the /jobs list of YC companies.
import { defineBoard, type Processor } from '../engine';
import { type HeaderFields, parseHeaderLine } from '../header-line';
import { date, format } from '../processors';

const HIRING_THREAD = /\bwho is hiring\b|\bseeking freelancer\b/i;
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

/** A field of the comment's header line; reads the element, so it pairs with a cheap selector (`.commtext@class`). */
const header = (field: 'title' | 'company' | 'location' | 'salary' | 'applyUrl' | 'workplace' | 'employment'): Processor => (_value, { element }) => {
  if (!threadKind(element.ownerDocument)) return null;
  const fields = headerOf(element);
  if (field === 'employment') return fields.employment.join(', ') || null;
  if (field === 'workplace') return fields.workplace === 'unknown' ? null : fields.workplace;
  return fields[field] || null;
};

const COMMENT_TEXT = '.commtext@class';
const headerFields = {
  title: { from: [COMMENT_TEXT], process: [header('title')] },
  company: { from: [COMMENT_TEXT], process: [header('company')] },
  location: { from: [COMMENT_TEXT], process: [header('location')] },
  workplace: { from: [COMMENT_TEXT], process: [header('workplace')] },
  employment: { from: [COMMENT_TEXT], process: [header('employment')] },
  salary: { from: [COMMENT_TEXT], process: [header('salary')] },
  applyUrl: { from: [COMMENT_TEXT], process: [header('applyUrl')] },
  description: '.commtext@html',
  datePosted: { from: ['.age@title', '.age'], process: [date] },
} as const;

/** Top-level, live comments of a hiring thread; in freelancer threads only the "SEEKING FREELANCER" side. */
function isPosting(row: Element): boolean {
  const kind = threadKind(row.ownerDocument);
  if (!kind) return false;
  const indent = row.querySelector('td.ind');
  const depth = indent?.getAttribute('indent') ?? indent?.querySelector('img')?.getAttribute('width') ?? '0';
  if (depth !== '0') return false;
  const text = row.querySelector('.commtext');
  if (!text || /\[(?:flagged|dead|deleted)\]/.test(row.querySelector('.comhead')?.textContent ?? '')) return false;
  return kind === 'hiring' || /^\W*seeking freelancers?\b/i.test(firstLine(text));
}

export const hackernews = defineBoard({
  id: 'hackernews',
  name: 'Hacker News',
  urls: ['https://news.ycombinator.com/item*'],
  testedOn: ['pages/hn/hn_whoishiring_december_2020_item_25266288_page1.html'],
  // A hiring comment opened on its own page (item?id=<comment id>).
  posting: {
    root: ['.fatitem'],
    fields: {
      ...headerFields,
      title: { from: ['.fatitem .commtext@class'], process: [header('title')] },
      description: '.fatitem .commtext@html',
      boardJobId: { from: ['.fatitem tr.athing@id'] },
      url: { from: ['.fatitem tr.athing@id'], process: [format('https://news.ycombinator.com/item?id={}')] },
    },
    required: ['description'],
  },
  list: {
    card: ['tr.athing.comtr'],
    keep: isPosting,
    fields: {
      ...headerFields,
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
