// Remotive (remotive.com), a remote-only board: job pages /remote-jobs/<category>/<slug>-<id> carry a JSON-LD
// JobPosting; list pages show .job-tile cards whose line "Company · Location" names the company and the region.
import { defineBoard, PAGE_URL, type Processor } from '../engine';
import { match, split } from '../processors';

const REMOTE_BOARD: Processor = () => 'remote';
const JOB_ID = match(/\/remote-jobs\/[^?#]*?-(\d{5,})(?=[/?#]|$)/, 1);

export const remotive = defineBoard({
  id: 'remotive',
  name: 'Remotive',
  urls: ['https://remotive.com/*', 'https://www.remotive.com/*', 'https://remotive.io/*'],
  testedOn: [],
  untested:
    'No saved Remotive page: built from the job pages\' JSON-LD JobPosting, job URLs /remote-jobs/<category>/<slug>-<id> '
    + '(as in the API sample api/ikevinxie_remotive.json) and the public list markup (.job-tile, .job-tile-title, "Company · Location").',
  posting: {
    when: ['link[rel="canonical"][href*="/remote-jobs/"]'],
    root: ['main h1', 'h1'],
    fields: {
      title: ['main h1', 'h1'],
      workplace: { from: [''], process: [REMOTE_BOARD] },
      boardJobId: { from: ['link[rel="canonical"]@href', PAGE_URL], process: [JOB_ID] },
      url: ['link[rel="canonical"]@href'],
    },
    required: ['title', 'boardJobId'],
  },
  list: {
    card: ['.job-tile', 'li[data-job-id]'],
    keep: (card) => card.querySelector('a[href*="/remote-jobs/"]') !== null,
    fields: {
      title: ['.job-tile-title', 'a[href*="/remote-jobs/"]'],
      company: { from: ['.job-tile-company', '.job-tile p', 'p'], process: [split(/\s+·\s+/, 0)] },
      location: { from: ['.job-tile-location', '.job-tile p', 'p'], process: [split(/\s+·\s+/, 1)] },
      workplace: { from: [''], process: [REMOTE_BOARD] },
      url: ['a.job-tile-title@href', 'a[href*="/remote-jobs/"]@href'],
      boardJobId: { from: ['a.job-tile-title@href', 'a[href*="/remote-jobs/"]@href'], process: [JOB_ID] },
    },
    required: ['title', 'company', 'url'],
  },
});
