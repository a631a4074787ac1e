// Himalayas (himalayas.app), a remote-only board: job pages /companies/<company>/jobs/<slug> carry a JSON-LD
// JobPosting; the pages are built with Next.js, whose __NEXT_DATA__ script holds the jobs with the fields of
// Himalayas' public API (title, companyName, locationRestrictions, employmentType, min/maxSalary, guid …).
import type { Posting } from '../../model';
import { htmlToText } from '../../text/html';
import { defineBoard, PAGE_URL, type Processor } from '../engine';
import { match, parseEmployment } from '../processors';
import { asList, asNumber, asRecord, asString, type JsonRecord } from '../shape';

const PERIODS: Record<string, 'hour' | 'day' | 'week' | 'month' | 'year'> = { annual: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour' };
const JOB_PATH = /\/companies\/([^/?#]+)\/jobs\/([^/?#]+)/;
/** "<company>/<job slug>": a job's slug is only unique within its company. */
function jobKey(link: string): string | null {
  const path = JOB_PATH.exec(link);
  return path ? `${path[1]}/${path[2]}` : null;
}
const REMOTE_BOARD: Processor = () => 'remote';

/** A Himalayas job (an object with a title and a company name), or null. */
function fromHimalayas(job: JsonRecord): Partial<Posting> | null {
  const title = asString(job.title);
  const companyName = asString(job.companyName);
  if (title === null || companyName === null) return null;
  const companySlug = asString(job.companySlug);
  const slug = asString(job.slug);
  const link = asString(job.guid) ?? asString(job.applicationLink) ?? (companySlug && slug ? `https://himalayas.app/companies/${companySlug}/jobs/${slug}` : '');
  const regions = asList(job.locationRestrictions).flatMap((region) => asString(region) ?? asString(asRecord(region)?.name) ?? []);
  const minSalary = asNumber(job.minSalary);
  const maxSalary = asNumber(job.maxSalary);
  const currency = asString(job.currency);
  const pubDate = asNumber(job.pubDate);
  const salary = minSalary || maxSalary
    ? {
      min: minSalary, max: maxSalary, currency,
      period: PERIODS[(asString(job.salaryPeriod) ?? '').toLowerCase()] ?? null,
      text: [minSalary, maxSalary].filter(Boolean).join(' – ') + (currency ? ` ${currency}` : ''),
    }
    : null;
  return {
    boardJobId: jobKey(link),
    url: link || undefined,
    title: title.trim(),
    company: companyName.trim(),
    location: regions.join(', ') || 'Worldwide',
    workplace: 'remote',
    remoteRegions: regions,
    employment: parseEmployment(asString(job.employmentType) ?? ''),
    salary,
    datePosted: pubDate ? new Date(pubDate * 1000).toISOString().slice(0, 10) : null,
    description: htmlToText(asString(job.description) ?? asString(job.excerpt) ?? ''),
  };
}

/** Every object in the Next.js page data shaped like a Himalayas job (depth-limited walk). */
function readNextData(doc: Document): Partial<Posting>[] | null {
  const script = doc.querySelector('script#__NEXT_DATA__');
  if (!script) return null;
  let data: unknown;
  try {
    data = JSON.parse(script.textContent ?? '');
  } catch {
    return null;
  }
  const jobs: Partial<Posting>[] = [];
  const seen = new Set<string>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 10 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const posting = fromHimalayas(node as JsonRecord);
    if (posting) {
      const key = posting.boardJobId ?? `${posting.company}|${posting.title}`;
      if (!seen.has(key)) jobs.push(posting);
      seen.add(key);
      return;
    }
    for (const value of Object.values(node)) walk(value, depth + 1);
  };
  walk(data, 0);
  return jobs.length ? jobs : null;
}

export const himalayas = defineBoard({
  id: 'himalayas',
  name: 'Himalayas',
  urls: ['https://himalayas.app/*', 'https://www.himalayas.app/*'],
  testedOn: [],
  untested:
    'No saved Himalayas page: built from the job pages\' JSON-LD JobPosting, the Next.js __NEXT_DATA__ jobs '
    + '(fields as in the public API sample api/ikevinxie_himalayas.json) and job links /companies/<company>/jobs/<slug>.',
  fromScripts: readNextData,
  posting: {
    when: ['link[rel="canonical"][href*="/jobs/"][href*="/companies/"]'],
    root: ['main h1', 'h1'],
    fields: {
      title: ['main h1', 'h1'],
      workplace: { from: [''], process: [REMOTE_BOARD] },
      boardJobId: { from: ['link[rel="canonical"]@href', PAGE_URL], process: [jobKey] },
      url: { from: ['link[rel="canonical"]@href', PAGE_URL], process: [match(/^https:\/\/(?:www\.)?himalayas\.app\/companies\/[^/?#]+\/jobs\/[^/?#]+/)] },
    },
    required: ['title', 'boardJobId'],
  },
});
