// The "Company | Role | Location | Remote | Full-time | $150k | https://…" first line of Hacker News hiring posts.
// Free text: segments come in any order, so each is classified by what it looks like.
import type { EmploymentType, Workplace } from '../model';
import { parseEmployment, parseSalary, parseWorkplace } from './processors';

export interface HeaderFields {
  company: string;
  title: string;
  location: string;
  workplace: Workplace;
  employment: EmploymentType[];
  salary: string;
  applyUrl: string | null;
}

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|ai|co|org|net|dev|app|tech|me|us|uk|de|fr|nl|so|sh|xyz|jobs|careers)(?:\/\S*)?$/i;
const EMAIL = /@|\[at\]|\(at\)|\sat\s\S+\sdot\s/i;
/** A header is a short line; a post without paragraphs has its whole text on the "first line". */
const MAX_HEADER_CHARS = 400;
/** Words that make up "meta" segments: arrangement, contract, visa — no place, no role (lower case). */
const META_WORDS = new Set([
  'full', 'part', 'time', 'fulltime', 'full-time', 'part-time', 'parttime', 'contract', 'contractor', 'contractors',
  'contracting', 'freelance', 'freelancer', 'freelancers', 'consulting', 'intern', 'interns', 'internship',
  'internships', 'perm', 'permanent', 'temp', 'temporary', 'onsite', 'on-site', 'on', 'site', 'remote', 'remotely',
  'hybrid', 'ok', 'okay', 'possible', 'only', 'optional', 'friendly', 'first', 'preferred', 'pref', 'or', 'and', '&',
  '/', 'visa', 'visas', 'sponsorship', 'sponsor', 'h1b', 'h-1b', 'gc', 'relocation', 'relo', 'offered',
  'available', 'also', 'partial', 'partially', 'fully', '100%', 'welcome', 'equity', 'no', 'yes', '+', '-', '–',
]);
const ROLE =
  /\b(?:engineers?|engineering|developers?|dev|devs|devops|sre|scientists?|science|designers?|design|manager|managers|management|architects?|analysts?|lead|leads|director|head|researchers?|research|programmers?|administrators?|admin|specialists?|consultants?|writers?|authors?|recruiters?|marketing|sales|support|success|operations|ops|product|qa|testers?|cto|vp|founding|technician|executive|officer|associate|coordinator|positions?|roles|openings|hiring|jobs|intern|interns|internship|stack|backend|back-end|back end|frontend|front-end|front end|full-stack|fullstack|mobile|ios|android|ml|ai|data|security|infrastructure|platform|sysadmin|generalist|staff|senior|sr\.?|junior|jr\.?|principal|multiple|various|everyone|software|web|hacker|tech|technical|machine learning|nlp|swe|pm|ux|ui|\w+master|biologists?|chemists?|physicists?|statisticians?|mathematicians?|teachers?|instructors?|editors?|accountants?)\b/gi;
const PLACE_WORD =
  /\b(?:remote|anywhere|worldwide|global|earth|usa?|u\.s\.a?\.?|uk|eu|emea|apac|latam|americas?|europe|asia|africa|canada|germany|france|india|australia|netherlands|spain|italy|sweden|switzerland|israel|japan|singapore|brazil|mexico|ireland|poland|portugal|nyc|new york|sf|bay area|san francisco|los angeles|la|seattle|boston|austin|chicago|denver|london|berlin|paris|amsterdam|toronto|vancouver|montreal|munich|zurich|tel aviv|bangalore|tokyo|sydney|dublin|stockholm|barcelona|lisbon|washington|atlanta|portland|miami|pst|est|cet|utc|gmt|timezones?|time zones?)\b/gi;
/** "Austin, TX", "Berlin, Germany": case matters here, so it is apart from the word list. */
const PLACE_SHAPE = /,\s*[A-Z]{2}\b|\b[A-Z][a-z]+,\s*[A-Z][a-z]+/g;
const ARRANGEMENT_FIRST = /^\W*(?:remote|hybrid|on-?site|in[- ]office)\b/i;
const LEADING_META = /^(?:(?:full|part)[- ]?time|fulltime|contract(?:or)?|freelance|remote|on-?site|hybrid|intern(?:ship)?)\b(?:\s*\([^)]*\))?[\s,;/&-]*/i;
const TRAILING_ARRANGEMENT = /\s+(?:\(?\s*(?:ONSITE|ON-SITE|REMOTE|HYBRID|Onsite|Remote|Hybrid)\b.*)$/;

/** "YC F25", "(YC W23)", "Series A", "Seed", "16M Funding": about the company, neither a role nor a place. */
const COMPANY_TAG = /^\(?\s*(?:yc|y combinator)\s*[a-z]?\d{2}\s*\)?$|^(?:series [a-f](?: funded)?|seed(?: stage)?|pre-seed|yc[- ]backed|(?:raised )?\$?\d+(?:\.\d+)?\s?[mb]\+?(?: (?:funding|raised|in funding))?)$/i;

const TRAILING_LINK = /\s+((?:https?:\/\/|www\.)\S+)$/i;
/** "Apply at", "More info:": what introduces the link, not a field. */
const LINK_LABEL = /^(?:apply(?: (?:at|here|via|now|online))?|more (?:info|details)|details|see|careers|jobs)$/i;

/** A word of a segment: what lies between spaces and the punctuation that only separates. */
const SEGMENT_WORD = /[^\s(),;:!.]+/g;

function isMeta(segment: string): boolean {
  let words = 0;
  SEGMENT_WORD.lastIndex = 0;
  // Most segments are a company, a role or a place: their first word already says no.
  for (let word = SEGMENT_WORD.exec(segment); word; word = SEGMENT_WORD.exec(segment), words++) {
    if (!META_WORDS.has(word[0].toLowerCase())) return false;
  }
  return words > 0;
}

function roleTitle(segment: string): string {
  let title = segment;
  for (let previous = ''; previous !== title; ) {
    previous = title;
    title = title.replace(LEADING_META, '');
  }
  return title.trim() || segment;
}

/** "Senior Distributed System Engineer (Toronto/Berlin)": a role outside the parenthesis, its place inside. */
function namesRoleBeforeItsPlace(segment: string): boolean {
  if (!segment.includes('(')) return false;
  const outside = segment.replace(/\([^)]*\)/g, ' ');
  const placeWords = (outside.match(PLACE_WORD)?.length ?? 0) + (outside.match(PLACE_SHAPE)?.length ?? 0);
  return placeWords === 0 && ROLE_NOUN_LINE.test(outside.trim());
}

function placeOf(segment: string): string {
  // "Duluth, MN or Durham, NC ONSITE (telework for now)": the arrangement is metadata, not a place.
  const stripped = segment.replace(TRAILING_ARRANGEMENT, '').trim();
  // "San Francisco, CA or Remote": the arrangement is one of the places.
  return stripped.length >= 2 && !/(?:\bor|\band|[&/,+])$/i.test(stripped) ? stripped : segment;
}

/** The fields of a header line; empty strings where the line does not say. */
export function parseHeaderLine(line: string): HeaderFields {
  const fields: HeaderFields = { company: '', title: '', location: '', workplace: 'unknown', employment: [], salary: '', applyUrl: null };
  if (!line.includes('|')) return fields;
  // Segments are trimmed and empty ones dropped, so "a|b", "a | b" and "a || b" all split the same way.
  const segments = line.slice(0, MAX_HEADER_CHARS).split('|').map((segment) => segment.trim()).filter(Boolean);
  let company = segments.shift() ?? '';
  if (/^seeking freelancers?$/i.test(company)) company = segments.shift() ?? '';
  // "Acme Corp (https://acme.com), Duluth, MN": a place written after the company's link instead of in its own segment.
  const linkThenPlace = /^(.+?)\s*\((?:https?:\/\/)?[\w.-]+\.[a-z]{2,}[^)]*\)\s*[,;–-]\s*(.+)$/i.exec(company);
  if (linkThenPlace) {
    company = linkThenPlace[1]!;
    segments.unshift(linkThenPlace[2]!);
  }
  // "TalkJS (https://talkjs.com)", "Poki — http://jobs.poki.com": the link is not part of the name.
  fields.company = company.replace(/\s*[-–—:,]?\s*\(?(?:https?:\/\/|www\.)[^\s)]+\)?$/i, '').replace(/\s*\((?:https?:\/\/|www\.)[^\s)]+\)/gi, '').trim() || company;
  const titles: string[] = [];
  const places: string[] = [];
  /** "Remote (US only)", "ONSITE (London)": the location when no segment names a place. */
  const arrangements: string[] = [];
  const unclassified: string[] = [];
  const urlOnly = segments.map((segment) => URL_ONLY.test(segment));
  const employment = new Set<EmploymentType>(parseEmployment(segments.filter((_, index) => !urlOnly[index]).join(' | ')));
  for (let index = 0; index < segments.length; index++) {
    let segment = segments[index]!;
    if (urlOnly[index] || /^https?:\/\//i.test(segment)) {
      fields.applyUrl ??= /^https?:/i.test(segment) ? segment.split(/\s/)[0]! : `https://${segment}`;
      continue;
    }
    // "$80k-$170k https://root.engineering/": the link is the next field, its bar forgotten.
    const trailingLink = TRAILING_LINK.exec(segment);
    if (trailingLink) {
      fields.applyUrl ??= trailingLink[1]!.startsWith('www.') ? `https://${trailingLink[1]}` : trailingLink[1]!;
      segment = segment.slice(0, trailingLink.index).replace(/[\s\-–—:,]+$/, '');
      if (!segment || LINK_LABEL.test(segment)) continue;
    }
    if (EMAIL.test(segment) && segment.split(/\s+/).length <= 4) continue;
    if (COMPANY_TAG.test(segment)) continue;
    const roleWords = segment.match(ROLE)?.length ?? 0;
    if (!fields.salary && roleWords === 0 && parseSalary(segment)) {
      fields.salary = segment;
      continue;
    }
    const workplace = parseWorkplace(segment);
    if (workplace && fields.workplace === 'unknown') fields.workplace = workplace;
    if (isMeta(segment)) {
      if (workplace === 'remote') arrangements.push(segment);
      continue;
    }
    if (ARRANGEMENT_FIRST.test(segment) && roleWords === 0) {
      arrangements.push(segment);
      continue;
    }
    const placeWords = (segment.match(PLACE_WORD)?.length ?? 0) + (segment.match(PLACE_SHAPE)?.length ?? 0);
    if (roleWords > placeWords || namesRoleBeforeItsPlace(segment)) titles.push(roleTitle(segment));
    else if (placeWords > 0) places.push(placeOf(segment));
    else if (!workplace && parseEmployment(segment).length === 0) unclassified.push(segment);
  }
  // "Highrise (YC S18) - Senior Android Developer | REMOTE": the role written into the company segment.
  const companyAndRole = /^(.+?)\s+[-–—]\s+(.+)$/.exec(company);
  if (titles.length === 0 && companyAndRole && !/\bhttps?:|www\./i.test(companyAndRole[2]!) && (companyAndRole[2]!.match(ROLE)?.length ?? 0) > 0) {
    fields.company = companyAndRole[1]!;
    titles.push(roleTitle(companyAndRole[2]!));
  }
  // A segment that is neither a known role nor a known place ("Scrummaster", "Montreal QC") fills the gap left.
  if (titles.length === 0 && unclassified.length > 0 && (places.length > 0 || arrangements.length > 0)) titles.push(roleTitle(unclassified.shift()!));
  fields.title = titles[0] ?? '';
  fields.location = places[0] ?? (unclassified.length > 0 ? placeOf(unclassified[0]!) : (arrangements[0] ?? ''));
  fields.employment = [...employment];
  return fields;
}

/** "Title: Knowledge Development Engineer II", "Role: Staff Engineer": a line that names the role. */
const TITLE_LINE = /^[ \t]*(?:job )?(?:title|role|position)[ \t]*:[ \t]*([^\n|]{3,80}?)[ \t]*$/im;
/** "we're seeking software engineers", "We are looking for a Backend Engineer": the role a sentence hires for. */
const HIRING_ROLE =
  /\b(?:looking for|seeking|hiring(?: for)?|looking to hire|recruiting(?: for)?|searching for)\s+(?:an?\s+|one\s+|(?:several|multiple|two|three|four|five|\d+)\s+)?((?:[\w+#./&'’-]+\s+){0,5}?(?:engineers?|developers?|scientists?|designers?|managers?|architects?|analysts?|researchers?|sres?|administrators?|specialists?|interns?|consultants?|programmers?|writers?|advocates?|technicians?))\b/i;
const ROLE_TEXT_CHARS = 2_000;
/** "our first", "another", "talented and experienced": words about the person sought, not the role's name. */
const PRAISE_BEFORE_ROLE =
  /^(?:(?:our (?:first|next)|both our|another|a few|some|more|great|exceptional|excellent|passionate|talented|experienced|skilled|strong|seasoned|hands-on|smart|amazing|awesome|brilliant|world-class|motivated|driven|curious|ambitious|and|,)\s+)+/i;

/** "Principal Engineer (Cryptography + Rust)": a short line that is only a role's name, ending in its role noun
 *  (a parenthesis may follow). */
const ROLE_NOUN_LINE =
  /^(?:[A-Z][\w+#./&'’-]*\s+){0,5}(?:engineer|developer|scientist|designer|manager|architect|analyst|researcher|sre|administrator|specialist|programmer|writer|advocate|technician|lead)s?(?:\s*\([^)\n]{1,50}\))?$/i;

/** The first lines of the text after the header: where a post states its role on a line of its own. */
const FIRST_BODY_LINES = 3;

/** The first of the body's first lines that is only a role's name, or undefined. */
function roleLine(text: string): string | undefined {
  const lines = text.split('\n').slice(1).map((line) => line.trim()).filter(Boolean).slice(0, FIRST_BODY_LINES);
  return lines.find((line) => line.length <= 60 && /^[A-Z]/.test(line) && ROLE_NOUN_LINE.test(line));
}

/** The role a post's text names when its header line does not: a "Title:" line, a line that is only a role's name,
 *  else the first role it hires for. */
export function titleFromText(text: string): string {
  const head = text.slice(0, ROLE_TEXT_CHARS);
  const line = TITLE_LINE.exec(head)?.[1];
  const named = line && line.match(ROLE) ? line : roleLine(head) ?? HIRING_ROLE.exec(head)?.[1];
  if (!named) return '';
  const title = roleTitle(named.replace(/\s+/g, ' ').trim().replace(PRAISE_BEFORE_ROLE, ''));
  return title.charAt(0).toUpperCase() + title.slice(1);
}
