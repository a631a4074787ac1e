// Contact addresses in posting text: plain, mailto:, and the obfuscated forms people write to dodge scrapers
// ("jobs at acme dot com", "jobs [at] acme [dot] io", "jobs(at)acme.com", "name AT company.io", "jobs -- at -- acme.io"), plus the riddles
// HN posters like ("my first name, evan, at cloudflare's domain", "def + @<company address>") when the post links
// the company's own site. Two forms lean on the post itself:
// - a bare "name@" right after an instruction ("ask me a question shane@", "Apply: brian@ for a direct line") is
//   completed with the company's domain only when the post names exactly one company website (the header's link or
//   bare domain, else the one site the post links), never with a job board's or code host's; so is "buford@reforge"
//   when that website is reforge's;
// - "(my HN username)@acme.com" is completed with the post's author by authorAddresses, for callers that know it.

// Every repeat is bounded, as mail and DNS bound them: posts are strangers' text, and unbounded patterns took seconds
// on runs such as "at-at-at-…" (each dash tried as a "-at-" separator, the rest of the run scanned after each).
// A mailbox name has at most 64 characters (RFC 5321), a domain label 63.
const MAX_LOCAL_LENGTH = 64;
// "first dot middle dot last": real local parts hide two or three dots at most ("dot dot dot … @" is no name).
const MAX_LOCAL_WORDS = 4;
const LOCAL_PART = `[a-z0-9](?:[a-z0-9._%+-]{0,${MAX_LOCAL_LENGTH - 2}}[a-z0-9_%+-])?`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;
const TLD = String.raw`[a-z]{2,24}`;
// A plain dot has no spaces around it: "me@foo.com. We" must end at "foo.com".
const PLAIN_DOT = String.raw`\.`;
// "(dot)", "( dot )", "[the-period-thing]": a bracket holding the word dot or period.
// Also "(.)", "| dot |", a dot with spaces around it before a common top-level domain ("kmganesh . com") and the word
// run together with one ("getabine dotcom").
const WORD_DOT = String.raw`\s*(?:\(\s*dot\s*\)|\[[a-z ~-]*\b(?:dot|period)\b[a-z ~-]*\]|\{dot\}|<dot>|~dot~|_dot_|\(\.\)|\[\.\]|\|\s*dot\s*\|)\s*|\s+dot\s+|\s+\.\s+(?=(?:com|org|net|io|co|ai|dev)\b)|\s+dot(?=(?:com|org|net|io)\b)`;
const ANY_DOT = `(?:${PLAIN_DOT}|${WORD_DOT})`;
/** "megan DOT dose AT peek DOT com": the local part may hide its dots too. */
const LOCAL = `${LOCAL_PART}(?:(?:${WORD_DOT})${LOCAL_PART}){0,${MAX_LOCAL_WORDS - 1}}`;
// "(at)", "( at )", "(at-squiggle)", "[the-at-mark-thing]", "-- at --": a bracket or dashes around the word at.
// Also "[~at~]", "| at |" and the parenthesized a ("alan ⒜ segment.com").
const BRACKET_AT = String.raw`\s*(?:["'“”‘’]at["'“”‘’]|\([a-z -]*\bat\b[a-z -]*\)|\[[a-z ~-]*\bat\b[a-z ~-]*\]|\{at\}|<at>|~at~|\(@\)|\[@\]|\{@\}|_at_|(?<!-)-+\s*at\s*-+|\|\s*at\s*\||⒜)\s*|\s+(?:at-sign|@at)\s+`;
const SPACED_AT = String.raw`\s+@\s+`;
const WORD_AT = String.raw`\s+at\s+`;

const NOT_LOCAL_BEFORE = String.raw`(?<![a-z0-9._%+-])`;
// "softwarejobs@spacex.com--": dashes after a domain end it unless a label goes on after them.
const DOMAIN_END = String.raw`(?![a-z0-9]|-+[a-z0-9]|\.[a-z0-9])`;

/** local@domain with a real "@" (also inside mailto: links), and the bracketed / spaced forms. */
const SYMBOLIC = new RegExp(
  `${NOT_LOCAL_BEFORE}(${LOCAL})(?:@|${BRACKET_AT}|${SPACED_AT})((?:${LABEL}${ANY_DOT})+${TLD})${DOMAIN_END}`,
  'iy',
);
/** "jobs at acme dot com", "jobs AT acme.com": the word "at" is English too, so the result is checked harder. */
const WORDED = new RegExp(`${NOT_LOCAL_BEFORE}(${LOCAL})${WORD_AT}((?:${LABEL}${ANY_DOT})+${TLD})${DOMAIN_END}`, 'iy');
/** What follows the word "at" in a WORDED match: most "at"s in a post are English and fail here at once. */
const WORDED_TAIL = new RegExp(`${String.raw`at\s+`}(?:${LABEL}${ANY_DOT})+${TLD}${DOMAIN_END}`, 'iy');
/** "evan at cloudflare's domain", "alan at the company domain", "yan at [our domain].com", "eric [at] [company-name] .com",
 *  "scott at company name dot com", "def + @<company address>" */
const COMPANY_DOMAIN_RIDDLE =
  /(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._-]{0,63})(?:\s*,)?\s*(?:\bat\b|\[at\]|\+\s*@|@)\s*(?:[<[{(]\s*)?(?:the\s+)?(?:(?:our|the company(?:'|’)s|company|([a-z0-9-]{1,63})(?:'|’)s?)\s+(?:company\s+)?(?:domain|address|website|email domain)\b|company[- ]name(?:\s*[\]>)}])?(?:\s*\.|\s+dot\s)\s*[a-z]{2,6}\b)/gi;
/** "apply via `ssh apply@acme.dev`": a login on a server, not a mailbox. */
const SSH_BEFORE = /\bssh\s+[`'"]?$/i;
/** The words a riddle must end with: posts without them skip the riddle's costly pattern. */
const RIDDLE_END = /domain|address|website|company[- ]name/i;
/** "shane@ " / "brian@," : a local part and an "@" with no domain after it. */
const BARE_AT = /(?<![a-z0-9._%+@-])([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)@(?=[\s),;:!?]|\.(?:\s|$)|$)/iy;
/** "buford@reforge": the company's name after the "@", its domain's ending left out. */
const NAME_ONLY_AT = /(?<![a-z0-9._%+@-])([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?=[\s),;:!?]|\.(?:\s|$)|$)/iy;
/** "(my HN username)@acme.com", "[my hn handle] @ acme.com" */
const AUTHOR_AT = /[([]?\s*(?:my )?(?:hn|hacker news|hackernews) (?:username|user ?name|handle|user|name)\s*[)\]]?\s*(?:@|\bat\b)\s*((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})\b/gi;
/** The words AUTHOR_AT cannot match without. */
const AUTHOR_NAMED = /(?:hn|hacker news|hackernews) (?:username|user ?name|handle|user|name)/i;
/** A header field that is only a domain: "Acme | acme.com | Remote". */
const BARE_DOMAIN_FIELD = /^\s*(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,24})\/?\s*$/i;
// "https://blog.acme.org/post": the company's mail is at acme.org, not at its blog's host.
const URL_HOST = /\bhttps?:\/\/(?:(?:www|blog|docs|careers|jobs|about)\.(?=[a-z0-9-]+\.[a-z]))?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const DOT_SEPARATOR = new RegExp(WORD_DOT, 'gi');

const PLACEHOLDER_LOCALS = new Set([
  'firstname', 'lastname', 'first', 'last', 'name', 'yourname', 'your.name', 'you', 'email', 'first.last',
  'firstname.lastname', 'first_last', 'first.lastname', 'flast', 'example', 'user', 'username', 'your',
]);
/** Domains of sample addresses ("your@email.address" in a sample command), never of a contact. */
const PLACEHOLDER_DOMAINS = new Set(['email.address', 'domain.com', 'yourdomain.com', 'yourcompany.com']);
// Words that stand before "at <site>" in ordinary English ("email us at jobs.acme.com", "Engineer at Privacy.com").
const ENGLISH_BEFORE_AT = new Set([
  'me', 'us', 'you', 'him', 'her', 'them', 'it', 'out', 'up', 'directly', 'direct', 'personally', 'more', 'apply',
  'applying', 'engineer', 'engineers', 'developer', 'developers', 'website', 'message', 'interested', 'email', 'team',
  'note', 'line', 'posting', 'roles', 'role', 'jobs', 'resume', 'look', 'looking', 'work', 'working', 'worked', 'based',
  'available', 'find', 'visit', 'join', 'careers', 'positions', 'openings', 'here', 'there', 'online', 'live', 'hosted',
  'internship', 'office', 'offices', 'located', 'reach', 'contact', 'hello', 'chat', 'ping', 'dm', 'hn', 'or', 'and',
  'is', 'are', 'was', 'be', 'been', 'a', 'an', 'the', 'of', 'on', 'in', 'to', 'by', 'for', 'with', 'from', 'as',
  // Job titles: "Senior Data Analyst at P2P.org" names an employer, not an address.
  'analyst', 'analysts', 'scientist', 'scientists', 'manager', 'managers', 'designer', 'designers', 'intern', 'interns',
  'lead', 'leads', 'architect', 'architects', 'researcher', 'researchers', 'consultant', 'consultants', 'director',
  'officer', 'founder', 'cofounder', 'co-founder', 'cto', 'ceo', 'head', 'vp', 'recruiter', 'sre', 'specialist',
  'administrator', 'associate', 'partner', 'swe', 'programmer', 'marketer', 'writer', 'editor',
  // What a post shows at a website: "try the product at acme.com".
  'product', 'products', 'demo', 'app', 'platform', 'site', 'blog', 'docs', 'tool', 'tools',
]);
/** Words that are English before "at" but, right before an "@", the company's shared mailbox ("email careers@"). */
const MAILBOX_NAMES = new Set(['jobs', 'careers', 'hello', 'contact', 'team', 'apply', 'hiring']);
/** "message at ", "email me at ", "contact: ", "say hi: ": the next words are an address. */
const CONTACT_AT_BEFORE = /\b(?:message|messages|e-?mail|mail|write|contact|reach(?: (?:me|us|out))?|ping|dm|resumes?|cvs?|say hi|say hello|get in touch)(?: (?:me|us|them))?\s*(?:at|to|via|:|[-–—])\s+$/i;
const KNOWN_TLDS = new Set([
  'com', 'org', 'net', 'io', 'co', 'ai', 'dev', 'app', 'edu', 'gov', 'tech', 'xyz', 'info', 'biz', 'me', 'us', 'uk',
  'de', 'fr', 'nl', 'eu', 'ca', 'au', 'health', 'systems', 'bio', 'careers', 'jobs', 'eco', 'studio', 'so', 'sh',
  'cloud', 'email', 'energy', 'finance', 'software', 'team', 'works', 'inc', 'ltd', 'gg', 'tv', 'fm', 'ly', 'to',
  'se', 'no', 'dk', 'fi', 'ch', 'at', 'be', 'es', 'it', 'pl', 'cz', 'in', 'jp', 'sg', 'hk', 'nz', 'il',
  'ie', 'pt', 'br', 'md', 'gr', 'ro', 'hu', 'sk', 'lt', 'lv', 'ee', 'is', 'ua', 'tr', 'za', 'mx', 'ar', 'cl', 'kr', 'tw',
  'vn', 'id', 'my', 'ph', 'th', 'cc',
]);
const IMAGE_OR_CODE_SUFFIX = /\.(png|jpe?g|gif|svg|webp|js|ts|css|html?|php|aspx?|jsp|py|rb|go|java|json|ya?ml|md|txt|pdf)$/;
const JOB_BOARD_HOSTS =
  /(^|\.)(lever\.co|greenhouse\.io|grnh\.se|workable\.com|ashbyhq\.com|angel\.co|wellfound\.com|linkedin\.com|github\.com|gitlab\.com|ycombinator\.com|news\.ycombinator\.com|breezy\.hr|recruitee\.com|smartrecruiters\.com|bamboohr\.com|jobvite\.com|notion\.so|docs\.google\.com|google\.com|medium\.com|twitter\.com|x\.com|youtube\.com|bit\.ly|workatastartup\.com|forms\.gle|typeform\.com|calendly\.com|myworkdayjobs\.com|apply\.workable\.com|jobs\.ashbyhq\.com|welcometothejungle\.com|triplebyte\.com|hired\.com)$/;

/** Every contact address in the text, lower-cased, de-obfuscated, in order of first appearance. */
export function findEmails(text: string): string[] {
  const found = new Map<number, string>();
  const addresses = new Set<string>();
  const add = (index: number, local: string, rawDomain: string) => {
    const domain = rawDomain.replace(DOT_SEPARATOR, '.').toLowerCase();
    const address = `${local.replace(DOT_SEPARATOR, '.').toLowerCase()}@${domain}`;
    if (found.has(index) || addresses.has(address)) return;
    found.set(index, address);
    addresses.add(address);
  };
  for (const match of matchesFrom(text, SYMBOLIC, symbolicStarts(text))) {
    const [, local, domain] = match;
    if (!isPlausible(local!, domain!) || SSH_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    add(match.index, local!, domain!);
  }
  // A worded match that is English ("reach out at roger.goldfinger") must not hide the address that starts inside it
  // ("roger.goldfinger at quizlet dot com"), so only accepted matches cover the text after them.
  for (const match of matchesFrom(text, WORDED, wordedStarts(text), (candidate) => isWordedAddress(text, candidate))) {
    add(match.index, match[1]!, match[2]!);
  }
  // Looked up once, at the first bare "name@" (`??=` would look again after each null: a scan of the post per "@").
  let website: string | null | undefined;
  const companyWebsite = () => (website === undefined ? (website = onlyCompanyHost(text)) : website);
  const localStarts = bareAtStarts(text);
  for (const match of matchesFrom(text, BARE_AT, localStarts)) {
    const local = match[1]!.toLowerCase();
    if (PLACEHOLDER_LOCALS.has(local) || (ENGLISH_BEFORE_AT.has(local) && !MAILBOX_NAMES.has(local))) continue;
    const host = companyWebsite();
    if (host) add(match.index, local, host);
  }
  // Completed only with the one company website whose name it is ("buford@reforge" in a post linking reforge.com);
  // a capitalised name is prose ("salary@Wikitude is above average": at Wikitude).
  for (const match of matchesFrom(text, NAME_ONLY_AT, localStarts)) {
    const local = match[1]!.toLowerCase();
    if (PLACEHOLDER_LOCALS.has(local) || match[2] !== match[2]!.toLowerCase()) continue;
    const host = companyWebsite();
    if (host && host.split('.')[0] === match[2]!.toLowerCase()) add(match.index, local, host);
  }
  if (found.size === 0 && RIDDLE_END.test(text)) {
    for (const match of text.matchAll(COMPANY_DOMAIN_RIDDLE)) {
      const local = match[1]!.toLowerCase();
      if (ENGLISH_BEFORE_AT.has(local) || PLACEHOLDER_LOCALS.has(local)) continue;
      const host = companyHost(text, match[2]?.toLowerCase() ?? null) ?? namedCompanyHost(text, match[0]);
      if (host) add(match.index, local, host);
    }
  }
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, address]) => address);
}

/** "(my HN username)@acme.com" with the post's author (an HN username) as the local part. */
export function authorAddresses(text: string, author: string): string[] {
  if (!/^[a-z0-9._-]{1,64}$/i.test(author) || !AUTHOR_NAMED.test(text)) return [];
  return [...new Set([...text.matchAll(AUTHOR_AT)].map((match) => `${author}@${match[1]}`.toLowerCase()))];
}

// ---------------------------------------------------------------------------------------------------------------
// Where a match can start. Scanning a whole post with the address patterns tries their long local-part prefix at
// every word; instead, each "@" or "at" that could join an address points back to the few words that could be its
// local part, and the sticky patterns are tried there only. The starts are a superset of the patterns' own, so the
// matches are the very ones a global scan finds.

/** The same matches, in the same order, as a global scan with the pattern, when `starts` holds every index where the
 *  pattern can match (sorted ascending); with `accept`, the accepted ones, a rejected match covering nothing. */
function matchesFrom(text: string, sticky: RegExp, starts: readonly number[], accept: (match: RegExpExecArray) => boolean = () => true): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let scannedTo = 0;
  for (const start of starts) {
    if (start < scannedTo) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match && accept(match)) {
      scannedTo = start + match[0].length;
      matches.push(match);
    }
  }
  return matches;
}

/** The characters of JavaScript's \s. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isAlphanumeric(code: number): boolean {
  const lower = code | 0x20;
  return (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57);
}

/** [a-z0-9._%+-]: what a local part is made of, and what may not stand right before one. */
function isLocalChar(code: number): boolean {
  return isAlphanumeric(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/** [a-z0-9._-]: what a bare "name@" is made of. */
function isBareLocalChar(code: number): boolean {
  return isAlphanumeric(code) || code === 46 || code === 95 || code === 45;
}

const BRACKETED_DOT = new Set(['(dot)', '[dot]', '{dot}', '<dot>']);

/** Where the whitespace run that ends at `end` begins (`end` itself when there is none). */
function spaceStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * Where a local part ending at `end` may begin: the start of the word before `end`, and of each word joined to it by
 * a written-out dot ("megan dot dose", "tony (dot) baron"), walking back.
 */
function addLocalStarts(text: string, end: number, starts: number[]): void {
  let partEnd = end;
  for (let words = 0; words < MAX_LOCAL_WORDS && partEnd > 0 && isLocalChar(text.charCodeAt(partEnd - 1)); words++) {
    let partStart = partEnd - 1;
    while (partStart > 0 && partEnd - partStart < MAX_LOCAL_LENGTH && isLocalChar(text.charCodeAt(partStart - 1))) partStart--;
    if (partStart > 0 && isLocalChar(text.charCodeAt(partStart - 1))) return;
    starts.push(partStart);
    const dotEnd = spaceStart(text, partStart);
    if (dotEnd >= 5 && BRACKETED_DOT.has(text.slice(dotEnd - 5, dotEnd).toLowerCase())) {
      partEnd = spaceStart(text, dotEnd - 5);
    } else if (dotEnd < partStart && dotEnd >= 4 && text.slice(dotEnd - 3, dotEnd).toLowerCase() === 'dot' && isSpace(text.charCodeAt(dotEnd - 4))) {
      partEnd = spaceStart(text, dotEnd - 3);
    } else {
      return;
    }
  }
}

/** Each "@" and each bracketed, quoted or spelled-out "at" (the forms of BRACKET_AT and SPACED_AT). */
const AT_SIGN_FORM = /@|⒜|["'“”‘’([{<_~|]\s*at|\([a-z -]*?\bat\b|\[[a-z ~-]*?\bat\b|(?<!-)-+\s*at\s*-|\sat-sign/gi;

function symbolicStarts(text: string): number[] {
  const starts: number[] = [];
  AT_SIGN_FORM.lastIndex = 0;
  for (let match = AT_SIGN_FORM.exec(text); match; match = AT_SIGN_FORM.exec(text)) {
    const at = match.index;
    AT_SIGN_FORM.lastIndex = at + 1;
    // The separator begins at the sign, at its bracket ("(@)", "[at]"), at "at-sign", or at the spaces before them.
    const form = match[0];
    const separators = form !== '@' ? [isSpace(form.charCodeAt(0)) ? at + 1 : at] : at > 0 && '([{'.includes(text[at - 1]!) ? [at, at - 1] : [at];
    for (const separator of separators) {
      addLocalStarts(text, separator, starts);
      addLocalStarts(text, spaceStart(text, separator), starts);
    }
  }
  return sortedUnique(starts);
}

/** Each English "at" between spaces that is followed by a domain. */
const WORD_AT_FORM = /\sat\s/gi;

function wordedStarts(text: string): number[] {
  const starts: number[] = [];
  WORD_AT_FORM.lastIndex = 0;
  for (let match = WORD_AT_FORM.exec(text); match; match = WORD_AT_FORM.exec(text)) {
    const at = match.index + 1;
    WORD_AT_FORM.lastIndex = at;
    WORDED_TAIL.lastIndex = at;
    if (WORDED_TAIL.test(text)) addLocalStarts(text, spaceStart(text, at), starts);
  }
  return sortedUnique(starts);
}

/** The word before each "@": BARE_AT's local part is one run of [a-z0-9._-] right before the sign. */
function bareAtStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isBareLocalChar(text.charCodeAt(start - 1))) start--;
    if (start < at) starts.push(start);
  }
  return starts;
}

function sortedUnique(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** A WORDED match ("jobs at acme dot com") that is an address, not a sentence about a website. */
function isWordedAddress(text: string, match: RegExpExecArray): boolean {
  const [whole, local, domain] = match as unknown as [string, string, string];
  // "me at jane.doe@acme.com": the real address follows, this one is a fragment of it; "opportunities at
  // acme.com/careers": a path follows, so it is a link.
  if (text[match.index + whole.length] === '@' || text[match.index + whole.length] === '/') return false;
  if (!isPlausible(local, domain)) return false;
  const normalised = domain.replace(DOT_SEPARATOR, '.').toLowerCase();
  // "acme dot com" is written only to hide an address; "at acme.com" may be a sentence about a website, unless the
  // words before ask for a message there ("shoot me a message at jobs at acme.com").
  const hidesDots = normalised !== domain.toLowerCase();
  // "careers AT compile.com": a capital AT between lower-case words is written only to hide an address.
  const shoutedAt = /\sAT\s/.test(whole) && local !== local.toUpperCase();
  if (!hidesDots && !shoutedAt && ENGLISH_BEFORE_AT.has(local.toLowerCase()) && !CONTACT_AT_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) return false;
  return !WEBSITE_SUBDOMAIN.test(normalised) && KNOWN_TLDS.has(normalised.slice(normalised.lastIndexOf('.') + 1));
}

/** "our developer tooling at docs.thru.org": a website's host, never written as a mail domain. */
const WEBSITE_SUBDOMAIN = /^(?:www|docs|blog|app|dashboard|console|chat|forum|community|status|api|wiki)\./;

const ARTICLES = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'this', 'that']);

function isPlausible(local: string, domain: string): boolean {
  const lowerLocal = local.toLowerCase();
  const lowerDomain = domain.replace(DOT_SEPARATOR, '.').toLowerCase();
  if (PLACEHOLDER_LOCALS.has(lowerLocal) || PLACEHOLDER_DOMAINS.has(lowerDomain)) return false;
  // A file name is never written with "(dot)": "colin(at)bagel(dot)md" is an address in Moldova's domain.
  if (!lowerDomain.includes('.') || IMAGE_OR_CODE_SUFFIX.test(domain.toLowerCase())) return false;
  // Retina image names like "logo@2x.png" and package pins like "react@18.2" are not addresses; "worked at a dotcom"
  // is a sentence.
  const firstLabel = lowerDomain.split('.')[0]!;
  if (/^\d+x$/.test(firstLabel) || ARTICLES.has(firstLabel)) return false;
  return true;
}

/** A post's header: its first line. */
function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/** The company's one website: the header's (its first line's) link or bare-domain field, else the one site the post
 *  links; null when there are none or several. */
function onlyCompanyHost(text: string): string | null {
  const header = firstLine(text);
  const inHeader = companyHostsIn(header);
  for (const field of header.split('|')) {
    const domain = BARE_DOMAIN_FIELD.exec(field);
    if (domain && !JOB_BOARD_HOSTS.test(domain[1]!.toLowerCase())) inHeader.add(domain[1]!.toLowerCase());
  }
  const hosts = inHeader.size ? inHeader : companyHostsIn(text);
  return hosts.size === 1 ? [...hosts][0]! : null;
}

function companyHostsIn(text: string): Set<string> {
  const hosts = new Set<string>();
  for (const match of text.matchAll(URL_HOST)) {
    const host = match[1]!.toLowerCase();
    if (!JOB_BOARD_HOSTS.test(host)) hosts.add(host);
  }
  return hosts;
}

/** "eric [at] [company-name] .com", "scott at company name dot com" in a post that links no site of its own: the
 *  header's one-word company name ("Berbix | …") with the riddle's top-level domain. */
function namedCompanyHost(text: string, riddle: string): string | null {
  const tld = /company[- ]name(?:\s*[\]>)}])?(?:\s*\.|\s+dot\s)\s*([a-z]{2,6})$/i.exec(riddle)?.[1];
  const company = /^\s*([a-z][a-z0-9-]{1,30})\s*(?:\||\(|$)/i.exec(firstLine(text))?.[1];
  return tld && company ? `${company}.${tld}`.toLowerCase() : null;
}

/** The employer's own web host: the linked host named in the riddle, else the most linked one that is not a job
 *  board or a code host. */
function companyHost(text: string, named: string | null): string | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(URL_HOST)) {
    const host = match[1]!.toLowerCase();
    if (JOB_BOARD_HOSTS.test(host)) continue;
    if (named && host.split('.').includes(named)) return host;
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  // "evan at cloudflare's domain" in a post whose first words name Cloudflare but link no page of it.
  if (named && text.slice(0, Math.max(0, text.search(/[|\n]/))).toLowerCase().includes(named)) return `${named}.com`;
  if (named) return null;
  let best: string | null = null;
  for (const [host, count] of counts) if (best === null || count > counts.get(best)!) best = host;
  return best;
}
