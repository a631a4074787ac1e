// SmartRecruiters: job pages jobs.smartrecruiters.com/<Company>/<id>-<slug> (schema.org microdata and a JSON-LD
// JobPosting) and company lists careers.smartrecruiters.com/<Company> (li.opening-job).
import { defineBoard, PAGE_URL } from '../engine';
import { employmentFromText, match, workplaceFromText } from '../processors';

const JOB_PAGE = /^https:\/\/jobs\.smartrecruiters\.com\/[^/?#]+\/(\d{6,})/i;
const JOB_ID = match(/smartrecruiters\.com\/[^/?#]+\/(\d{6,})/i, 1);

export const smartrecruiters = defineBoard({
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  urls: ['https://jobs.smartrecruiters.com/*', 'https://careers.smartrecruiters.com/*'],
  testedOn: [],
  untested:
    'No saved SmartRecruiters page: built from the public job page markup (h1.job-title, itemprop microdata, '
    + 'spl-job-location, .job-sections with st-* sections) and its JSON-LD JobPosting, and the li.opening-job company list.',
  isAts: true,
  posting: {
    when: ['h1.job-title', '.job-sections'],
    root: ['.job-header', 'h1.job-title'],
    fields: {
      title: ['h1.job-title', 'h1[itemprop="title"]'],
      company: [
        '[itemprop="hiringOrganization"] [itemprop="name"]@content',
        '[itemprop="hiringOrganization"] [itemprop="name"]',
        'meta[name="sr:company"]@content',
      ],
      location: ['spl-job-location@formattedaddress', '[itemprop="jobLocation"] [itemprop="address"]', '.job-details [itemprop="jobLocation"]'],
      workplace: { from: ['spl-job-location@workplace-type', '.job-details@html'], process: [workplaceFromText] },
      employment: { from: ['[itemprop="employmentType"]', '.job-details@html'], process: [employmentFromText] },
      description: ['.job-sections@html', '[itemprop="description"]@html'],
      boardJobId: { from: [PAGE_URL, 'link[rel="canonical"]@href', 'meta[property="og:url"]@content'], process: [JOB_ID] },
      url: { from: [PAGE_URL, 'link[rel="canonical"]@href', 'meta[property="og:url"]@content'], process: [match(JOB_PAGE)] },
    },
    required: ['title', 'description', 'boardJobId'],
  },
  list: {
    card: ['li.opening-job'],
    shared: { company: { from: ['.company-name', 'meta[property="og:title"]@content'], process: [match(/^(.*?)(?:\s+(?:careers|jobs)\b.*)?$/i, 1)] } },
    fields: {
      title: ['h4.job-title', 'h4', 'a'],
      location: ['[class*="location"]'],
      employment: { from: ['[class*="type"]'], process: [employmentFromText] },
      url: ['a@href'],
      boardJobId: { from: ['a@href'], process: [JOB_ID] },
    },
    required: ['title', 'url'],
  },
});
