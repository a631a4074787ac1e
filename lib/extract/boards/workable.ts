// Workable: employers' job pages on apply.workable.com (stable data-ui attributes), and the jobs.workable.com search,
// whose server HTML is empty: its jobs, with full descriptions, are in the `window.jobBoard = { initialState: … }`
// script (a JS object literal: only the initialState part is JSON).
import type { Posting, Workplace } from '../../model';
import { htmlToText } from '../../text/html';
import { defineBoard, PAGE_URL, scriptJson } from '../engine';
import { format, match, parseEmployment, split } from '../processors';
import { asJobRecord, asRecord, asString, asStrings } from '../shape';

interface WorkableJob {
  id: string;
  title: string;
  /** Description, requirements and benefits sections, as HTML. */
  sections: string[];
  employmentType: string | null;
  url: string | null;
  /** e.g. ["TELECOMMUTE", "Pune, Maharashtra, India"]: the marker, then the place. */
  locations: string[];
  countryName: string | null;
  created: string | null;
  company: string | null;
  workplace: string | null;
}

/** A job of the search state; null unless it has an id and a title. */
function workableJob(value: unknown): WorkableJob | null {
  const job = asJobRecord(value);
  if (!job) return null;
  const { data, id, title } = job;
  return {
    id,
    title,
    sections: [data.description, data.requirementsSection, data.benefitsSection].map(asString).filter((html): html is string => Boolean(html)),
    employmentType: asString(data.employmentType),
    url: asString(data.url),
    locations: asStrings(data.locations),
    countryName: asString(asRecord(data.location)?.countryName),
    created: asString(data.created),
    company: asString(asRecord(data.company)?.title),
    workplace: asString(data.workplace),
  };
}

const WORKPLACES: Record<string, Workplace> = { remote: 'remote', hybrid: 'hybrid', onsite: 'onsite' };
const VIEW_ID = /\/view\/([A-Za-z0-9]+)/;

function fromWorkable(job: WorkableJob): Partial<Posting> {
  const places = job.locations.filter((place) => place !== 'TELECOMMUTE');
  const telecommute = job.locations.includes('TELECOMMUTE');
  const workplace = WORKPLACES[(job.workplace ?? '').toLowerCase().replace(/[^a-z]/g, '')] ?? (telecommute ? 'remote' : 'unknown');
  const country = job.countryName?.trim();
  const html = job.sections.join('\n');
  return {
    boardJobId: (job.url && VIEW_ID.exec(job.url)?.[1]) || job.id,
    url: job.url ?? undefined,
    title: job.title.trim(),
    company: job.company?.trim() ?? '',
    location: places.join('; '),
    workplace,
    // A remote job listed in a country is open to that country (Workable's "Remote in United States").
    remoteRegions: workplace === 'remote' && country ? [country] : [],
    employment: parseEmployment(job.employmentType ?? ''),
    datePosted: job.created ?? null,
    description: htmlToText(html),
  };
}

/** Every job the search state holds: lists (`data.jobs`) and a single job's entry alike. */
function readJobBoard(doc: Document): Partial<Posting>[] | null {
  const state = scriptJson(doc, 'initialState:');
  if (!state || typeof state !== 'object') return null;
  const jobs: Partial<Posting>[] = [];
  for (const entry of Object.values(state as Record<string, unknown>)) {
    const data = (entry as { data?: unknown } | null)?.data;
    const candidates = Array.isArray((data as { jobs?: unknown } | null)?.jobs) ? (data as { jobs: unknown[] }).jobs : [data];
    for (const candidate of candidates) {
      const job = workableJob(candidate);
      if (job) jobs.push(fromWorkable(job));
    }
  }
  return jobs.length ? jobs : null;
}

const JOB_PAGE = /^https:\/\/(?:apply\.workable\.com\/[^/?#]+|[a-z0-9-]+\.workable\.com)\/j\/[0-9A-F]{6,}/i;

export const workable = defineBoard({
  id: 'workable',
  name: 'Workable',
  urls: ['https://apply.workable.com/*', 'https://jobs.workable.com/*', 'https://*.workable.com/j/*'],
  testedOn: [
    'pages/workable/workable_apply_huble_crm_architect_remote_uk_rendered_2026.html',
    'pages/workable/workable_jobs_search_remote_software_engineer_2025-04.html',
  ],
  isAts: true,
  fromScripts: readJobBoard,
  posting: {
    when: ['[data-ui="job-title"]'],
    root: ['[data-ui="job-title"]'],
    fields: {
      title: ['[data-ui="job-title"]'],
      company: { from: ['[data-ui="company-logo"] img@alt', 'meta[property="og:title"]@content'], process: [split(' - ', -1)] },
      location: ['[data-ui="job-location"]'],
      workplace: ['[data-ui="job-workplace"]'],
      employment: ['[data-ui="job-type"]'],
      description: ['[data-ui="job-description"]@html', '[data-ui="job-overview"]@html'],
      boardJobId: { from: [PAGE_URL, 'meta[property="og:url"]@content', 'link[rel="canonical"]@href'], process: [match(JOB_PAGE), match(/[0-9A-F]+$/i)] },
      url: { from: [PAGE_URL, 'meta[property="og:url"]@content', 'link[rel="canonical"]@href'], process: [match(JOB_PAGE)] },
      applyUrl: { from: [PAGE_URL, 'meta[property="og:url"]@content'], process: [match(JOB_PAGE), format('{}/apply/')] },
    },
    required: ['title', 'company', 'boardJobId'],
  },
});
