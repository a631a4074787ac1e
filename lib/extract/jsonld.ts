// schema.org JobPosting from the page's <script type="application/ld+json"> blocks: the most reliable source when
// a site provides it, in whatever nesting it chose (@graph, arrays, ItemList, mainEntity).
import type { EmploymentType, Posting, Salary } from '../model';
import { decodeEntities, htmlToText } from '../text/html';
import { queryAll } from './engine';
import { absoluteUrl } from './ids';
import { parseEmployment, parseWorkplace } from './processors';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MAX_DEPTH = 12;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function hasType(node: JsonObject, type: string): boolean {
  return asArray(node['@type']).some((t) => typeof t === 'string' && t.replace(/^.*[/:]/, '').toLowerCase() === type.toLowerCase());
}

/** JSON as sites write it: raw control characters in strings and HTML comment wrappers are common. */
function parseLenient(text: string): Json | undefined {
  const trimmed = text.trim().replace(/^<!--|-->$/g, '').replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, '').trim();
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return undefined; // a broken block is skipped; the other blocks and the adapter still count
    }
  }
}

function collectJobPostings(node: Json | undefined, found: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectJobPostings(item, found, depth + 1);
    return;
  }
  if (hasType(node, 'JobPosting')) {
    found.push(node);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== '@context' && typeof value === 'object') collectJobPostings(value, found, depth + 1);
  }
}

/** Every JobPosting object in the document's JSON-LD blocks, in document order. */
export function findJobPostingsJsonLd(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  for (const script of queryAll(doc, 'script[type]')) {
    if (!/^\s*application\/ld\+json\s*(;.*)?$/i.test(script.getAttribute('type') ?? '')) continue;
    collectJobPostings(parseLenient(script.textContent ?? ''), found, 0);
  }
  return found;
}

function text(value: Json | undefined): string {
  if (typeof value === 'string') return htmlToText(value);
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return text(value.name ?? value['@value'] ?? value.value);
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ');
  return '';
}

/** Descriptions come as HTML, as entity-escaped HTML (`&lt;p&gt;`), or as plain text. */
function descriptionText(value: Json | undefined): string {
  if (typeof value !== 'string') return text(value);
  const escapedHtml = /&lt;\/?[a-z][^&]*&gt;/i.test(value) && !/<\/?[a-z][^<>]*>/i.test(value);
  return htmlToText(escapedHtml ? decodeEntities(value) : value);
}

function addressText(address: Json | undefined): string {
  if (typeof address === 'string') return htmlToText(address);
  if (!isObject(address)) return '';
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry].map(text).filter(Boolean);
  return [...new Set(parts)].join(', ');
}

function locationText(jobLocation: Json | undefined): string {
  const places = asArray(jobLocation).map((place) => {
    if (!isObject(place)) return text(place);
    return addressText(place.address) || text(place.name);
  });
  return [...new Set(places.filter(Boolean))].join('; ');
}

function regions(requirements: Json | undefined): string[] {
  return [...new Set(asArray(requirements).map((region) => (isObject(region) ? text(region.name) || addressText(region.address) : text(region))).filter(Boolean))];
}

const SCHEMA_EMPLOYMENT: Record<string, EmploymentType> = {
  FULL_TIME: 'full-time', PART_TIME: 'part-time', CONTRACTOR: 'contract', TEMPORARY: 'contract', INTERN: 'internship', PER_DIEM: 'contract',
};

function employment(value: Json | undefined): EmploymentType[] {
  const types = asArray(value).flatMap((item) => {
    const raw = text(item);
    const schema = SCHEMA_EMPLOYMENT[raw.toUpperCase().replace(/[- ]/g, '_')];
    return schema ? [schema] : parseEmployment(raw);
  });
  return [...new Set(types)];
}

const UNIT_PERIODS: Record<string, Salary['period']> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year', ANNUAL: 'year', YEARLY: 'year' };

function numberOf(value: Json | undefined): number | null {
  const number = typeof value === 'string' ? Number(value.replace(/[,\s]/g, '')) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : null;
}

function salary(value: Json | undefined): Salary | null {
  const amount = asArray(value).find(isObject);
  if (!amount) return null;
  const quantity = isObject(amount.value) ? amount.value : amount;
  const single = numberOf(isObject(amount.value) ? quantity.value : amount.value);
  const min = numberOf(quantity.minValue) ?? single;
  const max = numberOf(quantity.maxValue) ?? (single !== null && min === single ? null : single);
  if (min === null && max === null) return null;
  const currency = typeof amount.currency === 'string' && amount.currency.trim() ? amount.currency.trim().toUpperCase() : null;
  const period = UNIT_PERIODS[text(quantity.unitText).toUpperCase()] ?? null;
  const range = [min, max].filter((n): n is number => n !== null).map((n) => n.toLocaleString('en-US')).join('–');
  return { min, max, currency, period, text: [currency, range, period ? `per ${period}` : ''].filter(Boolean).join(' ') };
}

function identifier(value: Json | undefined): string | null {
  const id = isObject(value) ? (value.value ?? null) : (value ?? null);
  return typeof id === 'string' || typeof id === 'number' ? String(id).trim() || null : null;
}

/** The Posting fields a JSON-LD JobPosting states. `boardJobId` is its `identifier` when it has a value. */
export function postingFromJsonLd(node: JsonObject, pageUrl: string): Partial<Posting> {
  const telecommute = asArray(node.jobLocationType).some((type) => /telecommute/i.test(text(type)));
  const statedWorkplace = telecommute ? 'remote' : parseWorkplace(text(node.jobLocationType));
  const partial: Partial<Posting> = {
    title: text(node.title ?? node.name),
    company: text(node.hiringOrganization),
    location: locationText(node.jobLocation),
    workplace: statedWorkplace ?? 'unknown',
    remoteRegions: regions(node.applicantLocationRequirements),
    employment: employment(node.employmentType),
    salary: salary(node.baseSalary ?? node.estimatedSalary),
    datePosted: typeof node.datePosted === 'string' ? node.datePosted.trim() || null : null,
    description: descriptionText(node.description),
    boardJobId: identifier(node.identifier),
  };
  const url = typeof node.url === 'string' ? absoluteUrl(node.url, pageUrl) : null;
  if (url) partial.url = url;
  return partial;
}
