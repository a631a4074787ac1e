// Pay as written in a posting ("$120k-$150k", "£45-65k", "EUR 40-80k", "90k-130k CHF", "$80/hr"), for the salary
// criterion when the board gives no structured salary.
import type { Salary } from '../model';
import { defineAnchors, scanAnchors } from '../text/anchors';
import { sentenceAround } from '../text/sentences';
import type { FindAnchors } from './workplace';

const CURRENCIES: Record<string, string> = {
  $: 'USD', 'us$': 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', 'ca$': 'CAD', c$: 'CAD', cad: 'CAD',
  a$: 'AUD', aud: 'AUD', chf: 'CHF', sek: 'SEK', nok: 'NOK', dkk: 'DKK', pln: 'PLN', inr: 'INR',
};
const CURRENCY = String.raw`us\$|ca\$|c\$|a\$|[$€£]|usd|eur|gbp|cad|aud|chf|sek|nok|dkk|pln|inr`;
// "$105,000 Minimum": a k or m is a suffix only when no letter follows it.
const AMOUNT = String.raw`(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)(?:\s?(k|m)(?![a-z]))?`;
const RANGE = String.raw`${AMOUNT}(?:\s?(?:-|–|—|~|to)\s?(?:${CURRENCY})?\s?${AMOUNT})?`;
const PERIOD = String.raw`(?:\s?(?:/|per|an|a)\s?(hour|hr|h|day|week|month|mo|year|yr|annum))?`;
/** "$120k - $150k / year": groups currency, min, min suffix, max, max suffix, period. */
const CURRENCY_FIRST = new RegExp(String.raw`(?<![a-z])(${CURRENCY})\s?${RANGE}${PERIOD}`, 'y');
/** "90k-130k CHF": groups min, min suffix, max, max suffix, currency, period. */
const CURRENCY_AFTER = new RegExp(String.raw`\b${RANGE}\s?(usd|eur|gbp|cad|aud|chf|sek|nok|dkk|pln|inr)\b${PERIOD}`, 'g');
const CURRENCY_CODES = ['usd', 'eur', 'gbp', 'cad', 'aud', 'chf', 'sek', 'nok', 'dkk', 'pln', 'inr'];
const CURRENCY_ANCHORS = defineAnchors(['$*', '€*', '£*', 'us$*', 'ca$*', 'c$*', 'a$*', ...CURRENCY_CODES]);
const PERIODS: Record<string, Salary['period']> = { hour: 'hour', hr: 'hour', h: 'hour', day: 'day', week: 'week', month: 'month', mo: 'month', year: 'year', yr: 'year', annum: 'year' };

function amount(digits: string | undefined, suffix: string | undefined): number | null {
  if (!digits) return null;
  const value = Number(/[,.]\d{3}$/.test(digits) ? digits.replace(/[,.]/g, '') : digits);
  if (!Number.isFinite(value)) return null;
  return suffix === 'k' ? value * 1_000 : suffix === 'm' ? value * 1_000_000 : value;
}

export interface SalaryReading {
  salary: Salary;
  evidence: string;
}

/** "We've raised $42M", "$500M in transactions", "acquired for $600M": money the company raised or moves, not pay. */
const NOT_PAY_BEFORE = /\b(?:raised?|raising|funding|funded|valuation|valued at|revenue|arr|debt|acquired for|acquisition|invested|investment|burn|grants?|price|priced|costs?|budget|spend\w*|sales|gmv|loans?|saved|savings|fees?|prize|bounty|worth)\b[^.;!?\d]{0,20}$/;
const NOT_PAY_AFTER = /^\s*(?:million|billion|mm|bn)\b|^\s*\+?\s*(?:(?:in|of)\s+(?:\w+\s+)?(?:funding|seed|series|revenue|sales|debt|transactions|investments?|grants?|venture|capital|arr|gmv|volume|payments|loans|assets)|(?:seed|series [a-f]|funding|round|revenue|arr|valuation|raised|investment|grant)\b(?![- ]stage))/;
/** Below these, an amount per period is a fee or a budget line ("~$100/month for ads"), not a wage. */
const LEAST_PAY: Partial<Record<NonNullable<Salary['period']>, number>> = { hour: 5, day: 40, week: 100, month: 300 };

function reading(text: string, lower: string, index: number, length: number, currency: string, parts: (string | undefined)[], periodWord: string | undefined): SalaryReading | null {
  const [minDigits, minSuffix, maxDigits, maxSuffix] = parts;
  // Pay is never written in millions; funding, revenue and prices are.
  if (minSuffix === 'm' || maxSuffix === 'm') return null;
  if (NOT_PAY_BEFORE.test(lower.slice(Math.max(0, index - 40), index)) || NOT_PAY_AFTER.test(lower.slice(index + length, index + length + 40))) return null;
  let min = amount(minDigits, minSuffix ?? (maxDigits ? maxSuffix : undefined));
  const max = amount(maxDigits, maxSuffix) ?? min;
  if (min === null || max === null) return null;
  if (min > max) min = max;
  const period = (periodWord && PERIODS[periodWord]) || (max >= 10_000 ? 'year' : null);
  if (period === null || (period === 'year' && max < 10_000) || (period === 'hour' && max > 1_000) || max < (LEAST_PAY[period] ?? 0)) return null;
  return {
    salary: { min, max, currency: CURRENCIES[currency] ?? currency.toUpperCase(), period, text: text.slice(index, index + length).trim() },
    evidence: sentenceAround(text, index),
  };
}

/** The first plausible pay range in the text; `lower` is `text.toLowerCase()`. */
export function readSalary(text: string, lower: string, find: FindAnchors = (set) => scanAnchors(lower)[set.id]!): SalaryReading | null {
  const hits = find(CURRENCY_ANCHORS);
  for (const hit of hits) {
    CURRENCY_FIRST.lastIndex = hit.start;
    const match = CURRENCY_FIRST.exec(lower);
    if (!match) continue;
    const found = reading(text, lower, match.index, match[0].length, match[1]!, match.slice(2, 6), match[6]);
    if (found) return found;
  }
  // "90k-130k CHF": the code comes last, so the range is read from just before it.
  for (const hit of hits) {
    if (!CURRENCY_CODES.includes(lower.slice(hit.start, hit.end))) continue;
    const from = Math.max(0, hit.start - 40);
    const window = lower.slice(from, hit.end + 16);
    CURRENCY_AFTER.lastIndex = 0;
    for (let match = CURRENCY_AFTER.exec(window); match; match = CURRENCY_AFTER.exec(window)) {
      const found = reading(text, lower, from + match.index, match[0].length, match[5]!, match.slice(1, 5), match[6]);
      if (found) return found;
    }
  }
  return null;
}
