// We Work Remotely: every job is remote. Result cards (li.new-listing-container, 2025+; li.feature with span.title /
// span.company before that) carry chips for employment type, salary band and the region applicants must live in;
// the pinned "headquarters" line is the company's seat, not the job's place. Job pages are read from their JSON-LD
// JobPosting and, for the DOM, from the lis-container__* names the cards' own markup shares (no saved job page).
import { defineBoard, type Processor } from '../engine';
import { employmentFromText, lineMatching, linesWithout, match, remove, salaryFromText } from '../processors';

const REMOTE_BOARD: Processor = () => 'remote';
/** Chips that are not a region: promotion badges, employment types, salary bands. */
const NOT_REGION = /^(?:featured|top \d+|boosted|new|hot|full-time|part-time|contract|freelance|internship|temporary)$|\d/i;
const FLAGS = /[\u{1F1E6}-\u{1F1FF}]/gu;
const SALARY_CHIP = lineMatching(/[$€£]\s?\d|\d.*\b(?:USD|EUR|GBP|CAD|AUD)\b/);
const JOB_SLUG = match(/\/remote-jobs\/([^/?#]+)/, 1);

export const weworkremotely = defineBoard({
  id: 'weworkremotely',
  name: 'We Work Remotely',
  urls: ['https://weworkremotely.com/*', 'https://www.weworkremotely.com/*'],
  testedOn: [
    'pages/weworkremotely/wwr_all_remote_jobs_server_html_2026-07.html',
    'pages/weworkremotely/wwr_homepage_rendered_dom_2026-07.html',
  ],
  posting: {
    when: ['.lis-container__header__hero__company-info__title', '.listing-header-container h1'],
    root: ['.lis-container__header', '.listing-header-container'],
    fields: {
      title: ['.lis-container__header__hero__company-info__title', '.listing-header-container h1'],
      company: ['.lis-container__job__sidebar__companyDetails__info__title', '.company-card h2'],
      location: {
        from: ['.lis-container__job__sidebar__job-about__list@html', '.listing-header-container .listing-tag@html'],
        process: [lineMatching(/^region\b/i), remove(/^region\s*/i)],
      },
      workplace: { from: [''], process: [REMOTE_BOARD] },
      employment: { from: ['.lis-container__job__sidebar__job-about__list@html', '.listing-header-container@html'], process: [employmentFromText] },
      description: ['.lis-container__job__content__description@html', '#job-listing-show-container@html'],
      boardJobId: { from: ['link[rel="canonical"]@href', 'meta[property="og:url"]@content'], process: [JOB_SLUG] },
      url: ['link[rel="canonical"]@href', 'meta[property="og:url"]@content'],
    },
    required: ['title', 'company', 'description'],
  },
  list: {
    card: ['li.new-listing-container:not(.listing-ad)', 'section.jobs li.feature', 'section.jobs li'],
    keep: (card) => card.querySelector('a[href^="/remote-jobs/"], a[href*="weworkremotely.com/remote-jobs/"]') !== null,
    fields: {
      title: ['.new-listing__header__title__text', '.new-listing__header__title', 'span.title'],
      company: ['.new-listing__company-name', 'span.company'],
      location: { from: ['.new-listing__categories@html', 'span.region'], process: [linesWithout(NOT_REGION), remove(FLAGS)] },
      workplace: { from: [''], process: [REMOTE_BOARD] },
      employment: { from: ['.new-listing__categories@html', 'span.company ~ span.company:not(.region)'], process: [employmentFromText] },
      salary: { from: ['.new-listing__categories@html'], process: [SALARY_CHIP, salaryFromText] },
      url: ['a[href^="/remote-jobs/"]@href', 'a[href*="weworkremotely.com/remote-jobs/"]@href'],
      boardJobId: { from: ['a[href^="/remote-jobs/"]@href', 'a[href*="weworkremotely.com/remote-jobs/"]@href'], process: [JOB_SLUG] },
    },
    required: ['title', 'company', 'url'],
  },
});
