// Lever: jobs.lever.co/<company>/<id> (the posting), …/<id>/apply (the form, no description) and the company list.
import { defineBoard, PAGE_URL } from '../engine';
import { format, match, remove } from '../processors';

const POSTING_URL = /^https:\/\/jobs\.(?:eu\.)?lever\.co\/[^/?#]+\/[0-9a-f-]{36}/i;
/** Categories end in " /" separators ("Full time /"). */
const TRAILING_SLASH = remove(/\s*\/\s*$/);
/** Logo alt "Highspot logo" / <title> "Highspot - Principal Engineer": the company. */
const COMPANY = match(/^(.*?)(?:\s+[-–]\s+.*|\s+logo)?$/is, 1);

export const lever = defineBoard({
  id: 'lever',
  name: 'Lever',
  urls: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  testedOn: ['pages/lever/lever_highspot_apply_page_rendered_2026.html'],
  isAts: true,
  posting: {
    when: ['.posting-header h2', '.posting-headline h2'],
    root: ['.posting-header', '.posting-headline'],
    fields: {
      title: ['.posting-headline h2', '.posting-header h2'],
      company: { from: ['.main-header-logo img@alt', 'title'], process: [COMPANY] },
      location: { from: ['.posting-categories .location', '.posting-categories .sort-by-location'], process: [TRAILING_SLASH] },
      workplace: { from: ['.posting-categories .workplaceTypes'], process: [TRAILING_SLASH] },
      employment: { from: ['.posting-categories .commitment'], process: [TRAILING_SLASH] },
      description: ['.posting-page .section-wrapper.page-full-width:not(.accent-section)@html', '[data-qa="job-description"]@html'],
      // The employer's notes under the form (accommodation and privacy contacts) are the apply page's only addresses.
      emails: ['.main-footer-text'],
      boardJobId: { from: [PAGE_URL], process: [match(POSTING_URL), match(/[0-9a-f-]{36}$/i)] },
      url: { from: [PAGE_URL], process: [match(POSTING_URL)] },
      applyUrl: { from: [PAGE_URL], process: [match(POSTING_URL), format('{}/apply')] },
    },
    required: ['title', 'company', 'boardJobId'],
  },
  list: {
    card: ['.postings-group .posting', 'div.posting'],
    shared: { company: { from: ['.main-header-logo img@alt', 'title'], process: [COMPANY] } },
    fields: {
      title: ['[data-qa="posting-name"]', '.posting-title h5'],
      location: { from: ['.posting-categories .location', '.sort-by-location'], process: [TRAILING_SLASH] },
      workplace: { from: ['.posting-categories .workplaceTypes'], process: [TRAILING_SLASH] },
      employment: { from: ['.posting-categories .commitment', '.sort-by-commitment'], process: [TRAILING_SLASH] },
      url: ['a.posting-title@href'],
      boardJobId: { from: ['@data-qa-posting-id', 'a.posting-title@href'], process: [match(/[0-9a-f-]{36}/i)] },
    },
    required: ['title', 'url'],
  },
});
