// LinkedIn: the guest pages (job view, search 2019 and 2025 layouts), the logged-in pages of 2023 (jobs-unified-top-card,
// scaffold list with occluded placeholders) and the 2026 server-driven UI, whose CSS classes are hashed per deploy:
// there only data-testid, componentkey, aria-label and the page's own structure hold still.
import { defineBoard, PAGE_URL, type Processor } from '../engine';
import { employmentFromText, format, match, remove, salaryFromText } from '../processors';

/** The numeric job id in a job URL ("/jobs/view/title-at-company-4158977188?…"), an urn, a data attribute or a componentkey. */
const JOB_ID = match(/(?:jobPosting:|\/jobs\/view\/(?:[^/?#]*-)?|currentJobId=|_|^)(\d{6,})(?=[/?#&]|$)/, 1);
const JOB_URL = format('https://www.linkedin.com/jobs/view/{}/');

/** The 2026 top card: the first block of the job column (company, title, "place · age · applicants", chips). */
const SDUI_TOP_CARD = '[data-view-name="job-detail-page"] [data-testid="lazy-column"] > div:first-child';
/** Its chips ("On-site", "Full-time"), each a button in its own box; the first of them, then the second. */
const SDUI_CHIPS = [`${SDUI_TOP_CARD} button span span`, `${SDUI_TOP_CARD} div + div > button span span`];
const SDUI_COMPANY = '[aria-label^="Company, "]';
/**
 * The top card's "place · age · applicants" line: next to the company link's box, or (where a parser has split the
 * nested links of a saved page) the paragraph made of several spans.
 */
const SDUI_PLACE_LINE = [`div:has(> div > a ${SDUI_COMPANY}) > p`, `${SDUI_TOP_CARD} p:has(> span + span)`];
/** A 2026 job card: a link box holding title, company and place, each in its own paragraph. */
const SDUI_CARD = '[data-view-name="job-card"][data-display-contents]';
const JOB_LINK = 'a[href*="/jobs/view/"], a[href*="currentJobId="]';

/** aria-label "Company, Flow Traders." → "Flow Traders"; a plain company name passes as it is. */
const COMPANY = match(/(?<=^Company,\s*).+?(?=\.?$)|^(?!Company,).+$/s);

/** The 2023 top card line "Michael Page · Boston, MA (Remote) 6 days ago · 62 applicants" starts with the company link. */
const withoutCompany: Processor = (value, { element }) =>
  element.querySelector('a[href*="/company/"]') ? value.split(/\s+·\s+/).slice(1).join(' · ') : value;
/** The place alone: the workplace in brackets, the age and the applicant count are other fields. */
const PLACE = match(/^([^·(]+?)(?=\s*\(|\s+(?:reposted\s+)?\d+\s+\w+\s+ago\b|\s*·|$)/i, 1);
/** "(Remote)" after a place; a chip line "Remote"; an insight line "Remote Full-time Mid-Senior level" (not a company named Remote…). */
const WORKPLACE_WORD = match(/\((?:remote|hybrid|on-site)\)|^(?:remote|hybrid|on-site)(?=$|\s+(?:full-time|part-time|contract|temporary|internship)\b)/im);

/** Where a job view names its job: the job id and the canonical URL are both read from these, in this order. */
const JOB_VIEW_ID_SOURCES = [
  PAGE_URL,
  '.jobs-unified-top-card a[href*="/jobs/view/"]@href',
  '.job-details-jobs-unified-top-card__job-title a@href',
  '[componentkey^="JobDetails_AboutTheJob_"]@componentkey',
  'a.topcard__link@href',
  'link[rel="canonical"]@href',
] as const;

export const linkedin = defineBoard({
  id: 'linkedin',
  name: 'LinkedIn',
  urls: ['https://*.linkedin.com/jobs/*', 'https://*.linkedin.com/jobs-guest/*'],
  testedOn: [
    'pages/linkedin/linkedin_guest_jobview_fragment_2026_fatih0234.html',
    'pages/linkedin/linkedin_guest_jobview_it_data_analyst_2024-06_bs4.html',
    'pages/linkedin/linkedin_guest_search_results_2019_hrissimir.html',
    'pages/linkedin/linkedin_guest_search_results_2025-04_id_software_engineer.html',
    'pages/linkedin/linkedin_guest_search_results_2025-12_arcana261.html',
    'pages/linkedin/linkedin_loggedin_jobs_based_on_profile_2023-09.html',
    'pages/linkedin/linkedin_loggedin_jobview_2023-09_michael_page_remote.html',
    'pages/linkedin/linkedin_loggedin_jobview_sdui_2026-02_graduate_data_engineer.html',
  ],
  // A job page, or the job pane next to a logged-in result list (merged with its card).
  posting: {
    when: [
      '.top-card-layout__title',
      '.jobs-unified-top-card__job-title',
      '.job-details-jobs-unified-top-card__job-title',
      '[componentkey^="JobDetails_AboutTheJob_"]',
    ],
    root: ['.top-card-layout', '.jobs-unified-top-card', '.job-details-jobs-unified-top-card__container--two-pane', SDUI_TOP_CARD],
    fields: {
      title: [
        '.top-card-layout__title',
        '.jobs-unified-top-card__job-title',
        '.job-details-jobs-unified-top-card__job-title',
        `${SDUI_TOP_CARD} [data-display-contents] > p`,
      ],
      company: {
        from: [
          '.topcard__org-name-link',
          '.top-card-layout .topcard__flavor',
          '.jobs-unified-top-card__primary-description a[href*="/company/"]',
          '.jobs-unified-top-card__company-name',
          '.job-details-jobs-unified-top-card__company-name',
          `${SDUI_COMPANY}@aria-label`,
        ],
        process: [COMPANY],
      },
      location: {
        from: [
          '.top-card-layout .topcard__flavor--bullet',
          '.jobs-unified-top-card__bullet',
          '.jobs-unified-top-card__primary-description',
          '.job-details-jobs-unified-top-card__primary-description-container',
          ...SDUI_PLACE_LINE,
        ],
        process: [withoutCompany, PLACE],
      },
      workplace: {
        from: [
          '.jobs-unified-top-card__workplace-type',
          '.jobs-unified-top-card__primary-description',
          '.job-details-preferences-and-skills@html',
          '.job-details-jobs-unified-top-card__job-insight@html',
          '.job-details-jobs-unified-top-card__primary-description-container',
          ...SDUI_CHIPS,
        ],
        process: [WORKPLACE_WORD],
      },
      employment: {
        from: [
          '.description__job-criteria-list li:nth-child(2) .description__job-criteria-text',
          '.jobs-unified-top-card__job-insight',
          '.job-details-preferences-and-skills@html',
          '.job-details-jobs-unified-top-card__job-insight@html',
          ...SDUI_CHIPS,
        ],
        process: [employmentFromText],
      },
      datePosted: [
        '.top-card-layout time@datetime',
        '.posted-time-ago__text',
        '.jobs-unified-top-card__primary-description',
        ...SDUI_PLACE_LINE,
      ],
      // The 2026 section, not only its expandable text box: an HTML parser (a saved page) cuts the box at its first
      // nested paragraph, where the live page keeps it whole.
      description: {
        from: [
          '.show-more-less-html__markup@html',
          '.description__text@html',
          '#job-details@html',
          '.jobs-description__content@html',
          '[componentkey^="JobDetails_AboutTheJob_"]@html',
          '[data-testid="expandable-text-box"]@html',
        ],
        process: [remove(/^About the job\s*/i)],
      },
      boardJobId: {
        from: JOB_VIEW_ID_SOURCES,
        process: [JOB_ID],
      },
      url: {
        from: JOB_VIEW_ID_SOURCES,
        process: [JOB_ID, JOB_URL],
      },
    },
    required: ['title', 'company', 'description', 'boardJobId'],
  },
  // Guest search (2019 result-card, 2025 base-card) and the logged-in list, whose off-screen cards are empty
  // placeholders until scrolled: those are left out silently and read when the page fills them.
  list: {
    card: [
      'ul.jobs-search__results-list > li',
      'li[data-occludable-job-id]',
      'li.jobs-search-results__list-item',
      'li.scaffold-layout__list-item',
      SDUI_CARD,
    ],
    // Cards with a job link; the "More jobs" under a 2026 job view are suggestions, not the page's subject.
    keep: (card) => card.querySelector(JOB_LINK) !== null && !card.closest('[componentkey^="JobDetailsSimilarJobsSlot_"]'),
    fields: {
      // 2024+ title links hold the title twice (a visible <strong> and a visually-hidden copy); 2026 cards add
      // "(Verified job)" and repeat the title for screen readers.
      title: {
        from: [
          '.base-search-card__title',
          '.result-card__title',
          '.job-card-list__title--link strong',
          'a.job-card-container__link@aria-label',
          '.job-card-list__title',
          '.artdeco-entity-lockup__title',
          'a[componentkey] div:first-child > p',
        ],
        process: [remove(/\s*\(Verified job\).*$/s)],
      },
      company: [
        '.base-search-card__subtitle',
        '.result-card__subtitle',
        '.job-card-container__primary-description',
        '.job-card-container__company-name',
        '.artdeco-entity-lockup__subtitle',
        'a[componentkey] div:first-child:has(> p) + div > p',
      ],
      location: {
        from: [
          '.job-search-card__location',
          '.job-result-card__location',
          '.job-card-container__metadata-item',
          '.artdeco-entity-lockup__caption',
          'a[componentkey] div:first-child:has(> p) + div + div > p',
        ],
        process: [PLACE],
      },
      workplace: {
        from: [
          '.job-search-card__location',
          '.job-card-container__metadata-item',
          '.artdeco-entity-lockup__caption',
          'a[componentkey] div:first-child:has(> p) + div + div > p',
        ],
        process: [WORKPLACE_WORD],
      },
      salary: {
        from: ['.job-search-card__salary-info', '.artdeco-entity-lockup__metadata .job-card-container__metadata-item'],
        process: [salaryFromText],
      },
      datePosted: ['time@datetime', 'time', 'a[componentkey] p > span:first-child'],
      description: ['.job-result-card__snippet'],
      boardJobId: {
        from: ['@data-occludable-job-id', '[data-entity-urn]@data-entity-urn', '@data-id', '[data-job-id]@data-job-id', 'a[href*="/jobs/view/"]@href', 'a[href*="currentJobId="]@href'],
        process: [JOB_ID],
      },
      url: {
        from: ['a.base-card__full-link@href', 'a.result-card__full-card-link@href', 'a[href*="/jobs/view/"]@href', 'a[href*="currentJobId="]@href'],
        // One URL per job whatever the card links to (a country host, the list with the job selected in 2026).
        process: [JOB_ID, JOB_URL],
      },
    },
    required: ['title', 'company', 'url'],
  },
});
