// Greenhouse job boards: job-boards.greenhouse.io (Remix UI, 2024+) and the older boards.greenhouse.io markup.
import { defineBoard, PAGE_URL } from '../engine';
import { match, remove } from '../processors';

/** "Job Application for Backend Engineer at GitLab" / old ".company-name" "at GitLab": the company after the last " at ". */
const AFTER_LAST_AT = match(/^(?:.*\s)?at\s+(.+?)\s*$/is, 1);
const JOB_ID = match(/\/jobs\/(\d+)|[?&]gh_jid=(\d+)/, 0);

export const greenhouse = defineBoard({
  id: 'greenhouse',
  name: 'Greenhouse',
  urls: [
    'https://job-boards.greenhouse.io/*',
    'https://boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
    'https://boards.eu.greenhouse.io/*',
  ],
  testedOn: [
    'pages/greenhouse/greenhouse_job_boards_gitlab_backend_engineer_remote_canada_rendered_2026.html',
    'pages/greenhouse/greenhouse_job_boards_sonatus_senior_staff_ai_engineer_2026.html',
  ],
  isAts: true,
  posting: {
    when: ['.job__title h1', '#app_body .app-title', '.job__description'],
    root: ['.job__header', '.job__title', '#header'],
    fields: {
      title: ['.job__title h1', '.app-title', 'meta[property="og:title"]@content'],
      company: { from: ['.company-name', 'title'], process: [AFTER_LAST_AT] },
      location: ['.job__location', '#header .location', '.location', 'meta[property="og:description"]@content'],
      description: ['.job__description@html', '#content@html'],
      boardJobId: { from: [PAGE_URL, 'meta[property="og:url"]@content'], process: [JOB_ID, remove(/\D/g)] },
      url: { from: ['meta[property="og:url"]@content', PAGE_URL], process: [match(/^https?:\/\/[^?#]+\/jobs\/\d+/)] },
    },
    required: ['title', 'description', 'boardJobId'],
  },
  // The company's board: job-boards (tr.job-post) and boards (div.opening) layouts.
  list: {
    card: ['tr.job-post', 'div.opening'],
    shared: { company: { from: ['title'], process: [AFTER_LAST_AT] } },
    fields: {
      title: ['p.body--medium', 'a'],
      location: ['p.body__secondary', '.location'],
      url: ['a@href'],
      boardJobId: { from: ['a@href'], process: [JOB_ID, remove(/\D/g)] },
    },
    required: ['title', 'url'],
  },
});
