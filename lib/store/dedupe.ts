// Recognising one job across boards and visits: a fingerprint of company + title with the noise boards add
// removed, and a description similarity for telling a repost from a different opening with the same title.
import type { Posting } from '../model';

/** Boards that are the employer's own applicant tracking system: their copy of a posting is the original. */
export const ATS_BOARDS: ReadonlySet<string> = new Set([
  'greenhouse', 'lever', 'ashby', 'workable', 'workday', 'smartrecruiters',
]);

export function isAtsPosting(posting: Posting): boolean {
  return ATS_BOARDS.has(posting.board);
}

/** A repost is a posting seen again this long after the job was last seen. */
export const REPOST_GAP_MS = 14 * 24 * 60 * 60 * 1000;
/** Word-shingle Jaccard similarity at or above which two descriptions are the same text, lightly edited. */
export const SAME_DESCRIPTION_SIMILARITY = 0.8;
/** Descriptions shorter than this many words (a card, a half-read page) say too little to compare. */
const MIN_COMPARABLE_WORDS = 40;
const SHINGLE_WORDS = 3;

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'gmbh', 'corp', 'corporation', 'co', 'company', 'sa', 'sas', 'bv',
  'plc', 'ag', 'oy', 'ab', 'as', 'srl', 'pty', 'pbc', 'lp', 'llp',
]);
const SENIORITY_WORDS = new Set(['senior', 'sr', 'junior', 'jr', 'mid', 'midlevel', 'level', 'i', 'ii', 'iii', 'iv']);
// Words that only say where or how the job is done; a title part made of these and region names is noise.
const PLACE_WORDS = new Set([
  'remote', 'remotely', 'hybrid', 'onsite', 'on', 'site', 'in', 'office', 'anywhere', 'worldwide', 'global', 'only',
  'first', 'friendly', 'fully', 'full', 'time', 'fulltime', 'part', 'parttime', 'contract', 'us', 'usa', 'u', 's', 'uk',
  'eu', 'europe', 'emea', 'apac', 'latam', 'americas', 'america', 'north', 'south', 'east', 'west', 'central', 'canada',
  'united', 'states', 'kingdom', 'germany', 'france', 'spain', 'portugal', 'netherlands', 'poland', 'india', 'brazil',
  'mexico', 'australia', 'ireland', 'timezone', 'timezones', 'tz', 'est', 'pst', 'cet', 'utc', 'gmt', 'or', 'and',
]);

function plainWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9+#]+/)
    .filter(Boolean);
}

export function normalizeCompany(company: string): string {
  const words = plainWords(company);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

const WORK_MODE_WORDS = new Set(['remote', 'remotely', 'hybrid', 'onsite', 'office', 'anywhere', 'worldwide']);
const MAX_PLACE_WORDS = 6;

/** "Remote US", "EMEA", "Paris / Hybrid": only region names, or a short part that names a way of working. */
function isPlaceNoise(part: string): boolean {
  const words = plainWords(part);
  if (words.length === 0) return false;
  if (words.every((word) => PLACE_WORDS.has(word))) return true;
  return words.length <= MAX_PLACE_WORDS && words.some((word) => WORK_MODE_WORDS.has(word));
}

export function normalizeTitle(title: string): string {
  const withoutBrackets = title.replace(/[([{]([^)\]}]*)[)\]}]/g, (_whole, inner: string) =>
    isPlaceNoise(inner) ? ' ' : ` ${inner} `,
  );
  // Boards append "- Remote US", "| Remote", ", Europe": drop trailing parts that only name a place.
  const parts = withoutBrackets.split(/\s+[-–—|/]\s+|\s*[|,]\s*/);
  while (parts.length > 1 && isPlaceNoise(parts[parts.length - 1])) parts.pop();
  return plainWords(parts.join(' '))
    .filter((word) => !SENIORITY_WORDS.has(word) && word !== 'remote')
    .join(' ');
}

/** Same role at the same company, whatever board shows it. */
export function fingerprint(posting: Pick<Posting, 'company' | 'title'>): string {
  return `${normalizeCompany(posting.company)}|${normalizeTitle(posting.title)}`;
}

function shingles(text: string): Set<string> | null {
  const words = plainWords(text);
  if (words.length < MIN_COMPARABLE_WORDS) return null;
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) result.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return result;
}

/** Jaccard similarity of the descriptions' word shingles, or null when either is too short to tell. */
export function descriptionSimilarity(a: string, b: string): number | null {
  const left = shingles(a);
  const right = shingles(b);
  if (!left || !right) return null;
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared++;
  return shared / (left.size + right.size - shared);
}
