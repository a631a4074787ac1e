// Workday career sites (<tenant>.wd<N>.myworkdayjobs.com): the server HTML of a job page is an empty body with a
// JSON-LD JobPosting in <head>; the rendered job page and search list use stable data-automation-id hooks.
// The employer is the site's tenant: JSON-LD names a legal entity ("Autodesk Canada Co."), list cards name nobody.
import type { Posting } from '../../model';
import { defineBoard, PAGE_URL, type Processor } from '../engine';
import { match } from '../processors';

const TENANT = /^https?:\/\/([a-z0-9-]+)\.(?:wd\d+\.)?myworkday(?:jobs|site)\.com\//i;
/** The requisition at the end of a job URL: "…Content-Creation_24WD81528", "…Driving_JR2019510-1" (posting number). */
const REQUISITION = match(/_([A-Za-z0-9]+?)(?:-\d+)?(?=[?#]|$)/, 1);

/** The tenant spelt as the site's own text spells it ("autodesk" → "Autodesk", "nvidia" → "NVIDIA"). */
function companyOfTenant(tenant: string, doc: Document): string {
  const text = doc.querySelector('meta[property="og:description"]')?.getAttribute('content') ?? '';
  const escaped = tenant.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\b`, 'i').exec(text)?.[0] ?? tenant.charAt(0).toUpperCase() + tenant.slice(1);
}

const companyFromUrl: Processor = (pageUrl, { element }) => {
  const tenant = TENANT.exec(pageUrl)?.[1];
  return tenant ? companyOfTenant(tenant, element.ownerDocument) : null;
};

/**
 * On a job page the brand named by the site wins over JSON-LD's legal entity: it is what the list cards, other boards
 * and the user call the employer. The tenant is in the page's `window.workday` script, else in the host name.
 */
function brandOfJobPage(doc: Document, url: string): Partial<Posting>[] | null {
  const jobPage = doc.querySelector('[data-automation-id="jobPostingHeader"]') !== null
    || [...doc.querySelectorAll('script[type="application/ld+json"]')].some((script) => /"JobPosting"/.test(script.textContent ?? ''));
  if (!jobPage) return null;
  const fromScript = [...doc.querySelectorAll('script:not([src])')]
    .map((script) => /\btenant:\s*"([a-z0-9-]+)"/i.exec(script.textContent ?? '')?.[1])
    .find(Boolean);
  const tenant = fromScript ?? TENANT.exec(url)?.[1];
  return tenant ? [{ company: companyOfTenant(tenant, doc) }] : null;
}

const DETAIL = (id: string) => `[data-automation-id="${id}"] dd`;

export const workday = defineBoard({
  id: 'workday',
  name: 'Workday',
  urls: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  testedOn: [
    'pages/workday/workday_autodesk_job_24WD81528_server_html_2025-03.html',
    'pages/workday/workday_autodesk_search_results_rendered_dom_2025-03.html',
    'pages/workday/workday_nvidia_job_rendered_dom_2026.html',
  ],
  isAts: true,
  fromScripts: brandOfJobPage,
  posting: {
    when: ['[data-automation-id="jobPostingHeader"]'],
    root: ['[data-automation-id="jobPostingHeader"]'],
    fields: {
      title: ['[data-automation-id="jobPostingHeader"]'],
      company: { from: [PAGE_URL], process: [companyFromUrl] },
      location: [DETAIL('locations'), '[data-automation-id="locations"]'],
      employment: [DETAIL('time'), '[data-automation-id="time"]'],
      datePosted: [DETAIL('postedOn'), '[data-automation-id="postedOn"]'],
      description: ['[data-automation-id="jobPostingDescription"]@html'],
      applyUrl: ['a[data-automation-id="adventureButton"]@href'],
      boardJobId: { from: ['link[rel="canonical"]@href', 'meta[property="og:url"]@content', PAGE_URL], process: [REQUISITION] },
      url: ['link[rel="canonical"]@href', 'meta[property="og:url"]@content', PAGE_URL],
    },
    required: ['title', 'description', 'boardJobId'],
  },
  list: {
    card: ['[data-automation-id="jobResults"] > ul > li', '[data-automation-id="jobResults"] li'],
    keep: (card) => card.querySelector('a[data-automation-id="jobTitle"]') !== null,
    shared: { company: { from: [PAGE_URL], process: [companyFromUrl] } },
    fields: {
      title: ['a[data-automation-id="jobTitle"]'],
      location: [DETAIL('locations'), '[data-automation-id="locations"]'],
      datePosted: [DETAIL('postedOn'), '[data-automation-id="postedOn"]'],
      // The filter query (?timeType=…) says how the list was searched, not which job it is.
      url: { from: ['a[data-automation-id="jobTitle"]@href'], process: [match(/^[^?#]+/)] },
      boardJobId: { from: ['a[data-automation-id="jobTitle"]@href'], process: [REQUISITION] },
    },
    required: ['title', 'url'],
  },
});
