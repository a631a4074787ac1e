// Turning what a page shows ("Full time /", "$120K – $150K", "Remote (US)", "3 days ago") into Posting values.
// Board adapters name these processors in their field specs; JSON-LD and Hacker News reading use the parsers directly.
import type { EmploymentType, Salary, Workplace } from '../model';
import { absoluteUrl } from './ids';

export interface ProcessorContext {
  url: string;
  element: Element;
}
/** Returns the transformed value, or null to drop it (the field's next selector is then tried). */
export type Processor = (value: string, ctx: ProcessorContext) => string | null;

// ---------------------------------------------------------------------------------------------------------------
// Parsers: text → Posting value

const NEGATED_REMOTE = /\b(?:no|not|non)[- ]remote\b|\bremote\s+(?:is\s+)?not\s+(?:possible|available|an option)\b/i;
const HYBRID = /\bhybrid\b|\bpartially remote\b|\bpartly remote\b|\bflex(?:ible)?[- ]remote\b|\bdays? (?:a|per) week in (?:the )?office\b/i;
const REMOTE = /\bremote\b|\btelecommut\w*|\bwork(?:ing)? from home\b|\bwfh\b|\bdistributed team\b|\banywhere in the world\b|\bt[ée]l[ée]travail\b/i;
const ONSITE = /\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b|\boffice[- ]based\b|\bpr[ée]sentiel\b/i;

/**
 * The work arrangement a short metadata text states ("Remote", "Hybrid", "ONSITE", "TELECOMMUTE"), or null.
 * Meant for chips and header fields, not for whole descriptions: the scorer reads those with more care.
 */
export function parseWorkplace(text: string): Exclude<Workplace, 'unknown'> | null {
  if (NEGATED_REMOTE.test(text)) return HYBRID.test(text) ? 'hybrid' : 'onsite';
  if (HYBRID.test(text)) return 'hybrid';
  if (REMOTE.test(text)) return 'remote';
  if (ONSITE.test(text)) return 'onsite';
  return null;
}

const EMPLOYMENT_WORDS: ReadonlyArray<readonly [RegExp, EmploymentType]> = [
  [/\bfull[-_ ]?time\b|\bfulltime\b|\bpermanent\b|\bperm\b|\bcdi\b|\btempo pieno\b|\bvollzeit\b|\btemps plein\b|\bemployee\b/i, 'full-time'],
  [/\bpart[-_ ]?time\b|\bparttime\b|\btemps partiel\b|\bteilzeit\b|\btempo parziale\b/i, 'part-time'],
  [/\bcontract(?:or|ing|s)?\b|\bfreelanc\w*|\btemporary\b|\btemp\b|\bcdd\b|\bconsult(?:ant|ing)\b|\b1099\b|\bper[_ ]diem\b/i, 'contract'],
  [/\bintern(?:s|ship|ships)?\b|\bstage\b|\bstagiaire\b|\bpraktikum\b|\btirocinio\b|\bco-?op\b/i, 'internship'],
];

/** Employment types named in a metadata text ("Full-time", "FULL_TIME, CONTRACTOR", "Contract / Freelance"). */
export function parseEmployment(text: string): EmploymentType[] {
  const found: EmploymentType[] = [];
  for (const [pattern, type] of EMPLOYMENT_WORDS) if (pattern.test(text)) found.push(type);
  return found;
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'C$': 'CAD', 'A$': 'AUD', 'CA$': 'CAD', 'AU$': 'AUD' };
const CURRENCY_CODES = /\b(USD|EUR|GBP|CAD|AUD|CHF|INR|JPY|SEK|NOK|DKK|PLN|NZD|SGD|BRL|MXN|ILS|CZK|HUF|RON|ZAR)\b/i;
const AMOUNT = String.raw`(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*([kK]|m(?![a-z]))?`;
const SALARY_RANGE = new RegExp(
  String.raw`((?:[A-Z]{1,2})?[$€£¥₹])?\s*${AMOUNT}(?:\s*(?:-|–|—|to)\s*((?:[A-Z]{1,2})?[$€£¥₹])?\s*${AMOUNT})?`,
  'g',
);
const PERIODS: ReadonlyArray<readonly [RegExp, Salary['period'] & string]> = [
  [/\b(?:per|an?|\/)\s*(?:hour|hr)\b|\bhourly\b|\/\s*h\b/i, 'hour'],
  [/\b(?:per|a|\/)\s*day\b|\bdaily\b|\bday rate\b/i, 'day'],
  [/\b(?:per|a|\/)\s*week\b|\bweekly\b/i, 'week'],
  [/\b(?:per|a|\/)\s*(?:month|mo)\b|\bmonthly\b/i, 'month'],
  [/\b(?:per|a|an|\/)\s*(?:year|annum|yr)\b|\byearly\b|\bannual(?:ly)?\b|\bp\.?a\.?\b/i, 'year'],
];

function amountValue(digits: string, suffix: string | undefined): number {
  // "120,000" / "120.000" / "120 000" are thousands separators; "82.5" is a decimal.
  const grouped = /^\d{1,3}(?:[,.\s]\d{3})+$/.test(digits);
  const value = grouped ? Number(digits.replace(/[,.\s]/g, '')) : Number(digits);
  if (!suffix) return value;
  return suffix.toLowerCase() === 'k' ? value * 1_000 : value * 1_000_000;
}

/**
 * A salary stated in a short text ("$120K – $150K", "€50k - 75k", "£40,000 per year", "USD 100,000 or more"),
 * or null when the text names no currency-marked amount.
 */
export function parseSalary(text: string): Salary | null {
  const trimmed = text.trim();
  // Most header segments and chips name no number at all.
  if (!/\d/.test(trimmed)) return null;
  const code = CURRENCY_CODES.exec(trimmed)?.[1]?.toUpperCase() ?? null;
  for (const match of trimmed.matchAll(SALARY_RANGE)) {
    const [, symbol, lowDigits, lowSuffix, highSymbol, highDigits, highSuffix] = match;
    const sign = symbol ?? highSymbol;
    const currency = code ?? (sign ? (CURRENCY_SYMBOLS[sign] ?? CURRENCY_SYMBOLS[sign.slice(-1)] ?? null) : null);
    const hasMagnitude = Boolean(lowSuffix || highSuffix) || /\d[,.\s]\d{3}/.test(match[0]);
    if (!currency || (!sign && !hasMagnitude)) continue;
    // "50-75k": the suffix of the upper bound applies to the lower one too.
    let min = amountValue(lowDigits!, lowSuffix ?? (highDigits && !lowSuffix ? highSuffix : undefined));
    let max = highDigits ? amountValue(highDigits, highSuffix) : null;
    if (max !== null && max < min) [min, max] = [max, min];
    if (min < 1 && (max ?? 0) < 1) continue;
    const period = PERIODS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? (min >= 10_000 ? 'year' : null);
    return { min, max: /\bor more\b|\+/.test(trimmed.slice(match.index! + match[0].length, match.index! + match[0].length + 10)) ? null : max, currency, period, text: trimmed.slice(0, 300) };
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A count starts where a number starts and has at most four digits: "\d+" tried from each digit of a long run read the
// run again each time (100,000 digits: 31 s), and a count beyond any date made toISOString throw.
const RELATIVE_AGE = /(?<!\d)(\d{1,4}|an?|one)\s*\+?\s*(minute|min|hour|hr|day|week|month|year)s?\s+ago/i;
const UNIT_DAYS: Record<string, number> = { minute: 0, min: 0, hour: 0, hr: 0, day: 1, week: 7, month: 30, year: 365 };

const DAY_MS = 86_400_000;
const utcDates = new Map<number, string>();

/** The UTC date (YYYY-MM-DD) a whole number of days before `now`: one Date per day, not one per posting (every post
 *  of a thread says "31 days ago"). */
function utcDateDaysBefore(now: number, days: number): string {
  const day = Math.floor(now / DAY_MS) - days;
  let date = utcDates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    utcDates.set(day, date);
  }
  return date;
}

/** An ISO date (YYYY-MM-DD, or the full timestamp when given) from a datetime attribute or a "3 days ago". */
export function parseDate(text: string, now: number = Date.now()): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(trimmed);
  if (iso) return iso[2] ? trimmed.slice(0, iso[0].length) : iso[1]!;
  if (/\b(?:today|just now|just posted)\b/i.test(trimmed)) return utcDateDaysBefore(now, 0);
  if (/\byesterday\b/i.test(trimmed)) return utcDateDaysBefore(now, 1);
  const relative = RELATIVE_AGE.exec(trimmed);
  if (relative) {
    const count = /^\d+$/.test(relative[1]!) ? Number(relative[1]) : 1;
    return utcDateDaysBefore(now, count * UNIT_DAYS[relative[2]!.toLowerCase()]!);
  }
  const named = /\b(\d{1,2})?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})?,?\s*(\d{4})\b/i.exec(trimmed);
  if (named) {
    const day = Number(named[1] ?? named[3] ?? 1);
    const month = MONTHS.indexOf(named[2]!.toLowerCase()) + 1;
    return `${named[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Processors: configured in board definitions

/** The regex's group (default the whole match), or null when it does not match. */
export const match = (pattern: RegExp, group = 0): Processor => (value) => pattern.exec(value)?.[group]?.trim() || null;

/** The text after a label ("Employment type Full-time" → "Full-time"), or null when the label is absent. */
export const after = (label: string): Processor => (value) => {
  const at = value.toLowerCase().indexOf(label.toLowerCase());
  return at < 0 ? null : value.slice(at + label.length).replace(/^[\s:–-]+/, '').trim() || null;
};

/**
 * The line that follows a label line in a paragraph text read with '@html' ("Location Type\n\nHybrid" → "Hybrid"):
 * how boards with hashed class names lay out their "label / value" sections.
 */
export const labelled = (label: string): Processor => (value) => {
  const lines = value.split('\n').map((line) => line.trim()).filter(Boolean);
  const at = lines.findIndex((line) => line.toLowerCase() === label.toLowerCase());
  return at >= 0 ? (lines[at + 1] ?? null) : null;
};

/** Lines of a text read with '@html', trimmed, list bullets and blank lines left out: one chip or item per line. */
function chipLines(value: string): string[] {
  return value.split('\n').map((line) => line.replace(/^\s*•\s*/, '').trim()).filter(Boolean);
}

/** The first line the pattern matches: one chip among a card's chips ("$100,000 or more USD"). */
export const lineMatching = (pattern: RegExp): Processor => (value) => chipLines(value).find((line) => pattern.test(line)) ?? null;

/** The lines the pattern does not match, joined with ', ': the chips left once the known kinds are taken out. */
export const linesWithout = (pattern: RegExp): Processor => (value) => chipLines(value).filter((line) => !pattern.test(line)).join(', ') || null;

/** One part of a separated text; negative indexes count from the end. */
export const split = (separator: string | RegExp, index: number): Processor => (value) => {
  const parts = value.split(separator).map((part) => part.trim()).filter(Boolean);
  return parts.at(index) ?? null;
};

/** Removes what the pattern matches (e.g. the trailing " /" Lever puts after each category). */
export const remove = (pattern: RegExp): Processor => (value) => value.replace(pattern, '').trim() || null;

/** Puts the value into a template at `{}`, e.g. an id into the posting URL. */
export const format = (template: string): Processor => (value) => template.replace('{}', value.trim());

/** An href made absolute against the page URL; non-web links are dropped. */
export const url: Processor = (value, ctx) => absoluteUrl(value, ctx.url);

/** Keeps the value only when it states a work arrangement; yields 'remote' | 'hybrid' | 'onsite'. */
export const workplaceFromText: Processor = (value) => parseWorkplace(value);

/** Keeps the value only when it names an employment type; yields them comma-separated. */
export const employmentFromText: Processor = (value) => parseEmployment(value).join(', ') || null;

/** Keeps the value only when it states a salary. */
export const salaryFromText: Processor = (value) => (parseSalary(value) ? value.trim() : null);

/** Keeps the value only when it is a date; yields it as ISO. */
export const date: Processor = (value) => parseDate(value);
