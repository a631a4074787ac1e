// Indeed: the result list (cards div.job_seen_beacon, 2024 and 2026 markup), the job pane to its right, and the
// /viewjob page, which uses the same header and description hooks. Class names ending in css-xxxx are generated;
// data-testid, data-jk and the jobsearch-* names hold. Cards and pane carry inline <style> tags, which the
// engine leaves out of the text it reads.
import { defineBoard, PAGE_URL } from '../engine';
import { employmentFromText, format, match, remove, salaryFromText, workplaceFromText } from '../processors';

/** Indeed's job key: 16 hex digits, as data-jk or as jk / vjk / fromjk in a link. */
const JOB_KEY = match(/(?:^|[?&](?:vjk|jk|fromjk)=)([0-9a-f]{16})(?=$|&)/i, 1);
/** The job's own page on the board's host (indeed.com, uk.indeed.com, indeed.de …). */
const VIEWJOB_URL = format('/viewjob?jk={}');

export const indeed = defineBoard({
  id: 'indeed',
  name: 'Indeed',
  urls: [
    'https://*.indeed.com/*',
    'https://*.indeed.co.uk/*',
    'https://*.indeed.de/*',
    'https://*.indeed.fr/*',
    'https://*.indeed.nl/*',
    'https://*.indeed.co.in/*',
    'https://*.indeed.com.au/*',
  ],
  testedOn: [
    'pages/indeed/indeed_serp_frontend_egypt_with_viewjob_pane_2026.html',
    'pages/indeed/indeed_serp_usa_2024-01_bs4_prettified.html',
  ],
  // The /viewjob page, or the pane of the card selected in the list (merged with that card).
  posting: {
    when: ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', '#jobDescriptionText'],
    root: ['.jobsearch-JobComponent', '.jobsearch-InfoHeaderContainer', '.jobsearch-ViewJobLayout-jobDisplay'],
    fields: {
      title: { from: ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title'], process: [remove(/\s*-\s*job post\s*$/i)] },
      company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]'],
      location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]'],
      workplace: {
        from: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', '#jobDetailsSection@html'],
        process: [workplaceFromText],
      },
      employment: {
        from: ['#salaryInfoAndJobType@html', '[aria-label="Job type"]@html', '#jobDetailsSection@html', '[data-testid="jobsearch-OtherJobDetailsContainer"]@html'],
        process: [employmentFromText],
      },
      salary: { from: ['#salaryInfoAndJobType@html', '[aria-label="Pay"]@html', '#jobDetailsSection@html'], process: [salaryFromText] },
      description: ['#jobDescriptionText@html', '.jobsearch-jobDescriptionText@html'],
      applyUrl: ['#applyButtonLinkContainer a@href', '#applyButtonLinkContainer [href]@href'],
      boardJobId: {
        from: [PAGE_URL, '#applyButtonLinkContainer [href]@href', '[data-testid="inlineHeader-companyName"] a@href', 'link[rel="canonical"]@href'],
        process: [JOB_KEY],
      },
      url: {
        from: [PAGE_URL, '#applyButtonLinkContainer [href]@href', '[data-testid="inlineHeader-companyName"] a@href', 'link[rel="canonical"]@href'],
        process: [JOB_KEY, VIEWJOB_URL],
      },
    },
    required: ['title', 'company', 'description', 'boardJobId'],
  },
  list: {
    // div.cardOutline holds the 2026 snippet next to the beacon; the beacon alone is the card of older lists.
    card: ['div.cardOutline', 'div.job_seen_beacon', '.jobsearch-SerpJobCard'],
    fields: {
      title: ['a.jcs-JobTitle span[id^="jobTitle-"]', 'a.jcs-JobTitle', 'h2.jobTitle@html'],
      company: ['[data-testid="company-name"]', '.companyName'],
      location: ['[data-testid="text-location"]', '.companyLocation'],
      workplace: { from: ['[data-testid="text-location"]', '.companyLocation'], process: [workplaceFromText] },
      employment: { from: ['.metadataContainer@html'], process: [employmentFromText] },
      salary: { from: ['.salary-snippet-container@html', '[data-testid="attribute_snippet_testid"]'], process: [salaryFromText] },
      // "Employer Active 3 days ago" dates the employer's last visit, not the posting.
      datePosted: { from: ['span.date', '[data-testid="myJobsStateDate"]'], process: [remove(/^employer active.*$/is)] },
      description: ['[data-testid="belowJobSnippet"]@html', '.job-snippet@html', '.result-footer ul@html'],
      boardJobId: { from: ['a.jcs-JobTitle@data-jk', '[data-jk]@data-jk'], process: [JOB_KEY] },
      url: { from: ['a.jcs-JobTitle@data-jk', '[data-jk]@data-jk'], process: [JOB_KEY, VIEWJOB_URL] },
    },
    required: ['title', 'company', 'boardJobId'],
  },
});
