// Ashby: jobs.ashbyhq.com/<org>/<id> postings and the /<org> board. The server HTML is a spinner; the data is in the
// inline `window.__appData` script (read as text) and, on postings, a JSON-LD block. Rendered pages also have a DOM.
import type { EmploymentType, Posting, Workplace } from '../../model';
import { htmlToText } from '../../text/html';
import { defineBoard, PAGE_URL, scriptJson } from '../engine';
import { labelled, match, parseSalary } from '../processors';
import { asJobRecord, asList, asRecord, asString, asStrings } from '../shape';

interface AshbyPosting {
  id: string;
  title: string;
  locationName: string | null;
  secondaryLocationNames: string[];
  workplaceType: string | null;
  employmentType: string | null;
  publishedDate: string | null;
  descriptionHtml: string | null;
  compensation: string | null;
}

/** An app-data posting; null unless it has an id and a title. */
function ashbyPosting(value: unknown): AshbyPosting | null {
  const job = asJobRecord(value);
  if (!job) return null;
  const { data, id, title } = job;
  return {
    id,
    title,
    locationName: asString(data.locationName),
    secondaryLocationNames: [
      ...asStrings(data.secondaryLocationNames),
      ...asList(data.secondaryLocations).map((location) => asString(asRecord(location)?.locationName) ?? ''),
    ],
    workplaceType: asString(data.workplaceType),
    employmentType: asString(data.employmentType),
    publishedDate: asString(data.publishedDate),
    descriptionHtml: asString(data.descriptionHtml),
    compensation: asString(data.compensationTierSummary) ?? asString(data.scrapeableCompensationSalarySummary),
  };
}

/** Ashby's own field is the truth: it sets JSON-LD TELECOMMUTE for every isRemote job, hybrid ones included. */
const WORKPLACES: Record<string, Workplace> = { remote: 'remote', hybrid: 'hybrid', onsite: 'onsite' };
const EMPLOYMENT: Record<string, EmploymentType> = {
  fulltime: 'full-time', parttime: 'part-time', contract: 'contract', contractor: 'contract', temporary: 'contract', intern: 'internship', internship: 'internship',
};

function fromAshby(posting: AshbyPosting, company: string, slug: string): Partial<Posting> {
  const employment = EMPLOYMENT[(posting.employmentType ?? '').toLowerCase().replace(/[^a-z]/g, '')];
  const compensation = posting.compensation ?? '';
  return {
    boardJobId: posting.id,
    url: `https://jobs.ashbyhq.com/${slug}/${posting.id}`,
    title: posting.title.trim(),
    company,
    location: [...new Set([posting.locationName ?? '', ...posting.secondaryLocationNames].map((name) => name.trim()).filter(Boolean))].join('; '),
    workplace: WORKPLACES[(posting.workplaceType ?? '').toLowerCase().replace(/[^a-z]/g, '')] ?? 'unknown',
    employment: employment ? [employment] : [],
    salary: compensation ? parseSalary(compensation) : null,
    datePosted: posting.publishedDate ?? null,
    description: posting.descriptionHtml ? htmlToText(posting.descriptionHtml) : '',
  };
}

function readAppData(doc: Document, url: string): Partial<Posting>[] | null {
  const appData = asRecord(scriptJson(doc, 'window.__appData'));
  if (!appData) return null;
  const organization = asRecord(appData.organization);
  const company = asString(organization?.name)?.trim() ?? '';
  const slug = asString(organization?.hostedJobsPageSlug) || (new URL(url).pathname.split('/')[1] ?? '');
  const posting = ashbyPosting(appData.posting);
  if (posting) return [fromAshby(posting, company, slug)];
  const jobBoard = asRecord(appData.jobBoard);
  if (jobBoard && Array.isArray(jobBoard.jobPostings)) {
    return jobBoard.jobPostings.flatMap((item) => {
      const job = ashbyPosting(item);
      return job ? [fromAshby(job, company, slug)] : [];
    });
  }
  return null; // a closed or unlisted posting: the shell has no data
}

const POSTING_URL = /^https:\/\/jobs\.ashbyhq\.com\/[^/?#]+\/[0-9a-f-]{36}/i;

export const ashby = defineBoard({
  id: 'ashby',
  name: 'Ashby',
  urls: ['https://jobs.ashbyhq.com/*'],
  testedOn: [
    'pages/ashby/ashby_openai_board_index_2026-01.html',
    'pages/ashby/ashby_openai_client_platform_engineer_remote_us.html',
    'pages/ashby/ashby_openai_closed_or_unlisted_posting_shell.html',
    'pages/ashby/ashby_openai_data_scientist_user_operations_nyc.html',
    'pages/ashby/ashby_openai_forward_deployed_engineer_paris_hybrid.html',
    'pages/ashby/ashby_openai_ml_data_scientist_forecasting_sf_hybrid.html',
    'pages/ashby/ashby_openai_research_engineer_rl_reasoning.html',
    'pages/ashby/ashby_ramp_application_tab_rendered_2026.html',
  ],
  isAts: true,
  fromScripts: readAppData,
  // The rendered page (hashed class names; the stable ashby-* classes and the "label / value" sections).
  posting: {
    when: ['.ashby-job-posting-heading'],
    root: ['.ashby-job-posting-header', '.ashby-job-posting-heading'],
    fields: {
      title: ['.ashby-job-posting-heading'],
      company: { from: ['title'], process: [match(/@\s*(.+?)\s*$/, 1)] },
      location: { from: ['.ashby-job-posting-left-pane@html'], process: [labelled('Location')] },
      workplace: { from: ['.ashby-job-posting-left-pane@html'], process: [labelled('Location Type')] },
      employment: { from: ['.ashby-job-posting-left-pane@html'], process: [labelled('Employment Type')] },
      salary: ['[class*="compensationTierSummary"]'],
      description: ['#overview@html'],
      boardJobId: { from: [PAGE_URL], process: [match(POSTING_URL), match(/[0-9a-f-]{36}$/i)] },
      url: { from: [PAGE_URL], process: [match(POSTING_URL)] },
    },
    required: ['title', 'boardJobId'],
  },
});
