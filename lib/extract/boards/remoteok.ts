// Remote OK: every job is remote. The front page is a table of rows tr.job[data-id] (schema.org microdata:
// itemprop title / name) whose .location cells hold the region and the salary; before its script fills the table
// it shows only empty tr.placeholder.job rows, which are not postings. Job pages (/remote-jobs/<slug>-<id>) add a
// JSON-LD JobPosting and are merged with their own row. Rows built from Remote OK's public markup; the saved page
// is the skeleton only.
import { defineBoard, PAGE_URL, type Processor } from '../engine';
import { match, remove, salaryFromText } from '../processors';

const REMOTE_BOARD: Processor = () => 'remote';
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F]/gu;
/** A .location cell that names a place, not the salary ("💰 $60k - $100k"). */
const PLACE = match(/^(?!.*(?:💰|[$€£]\s?\d)).+$/su);
const JOB_ID = match(/(?:^|-)(\d{4,})(?=[/?#]|$)/, 1);

export const remoteok = defineBoard({
  id: 'remoteok',
  name: 'Remote OK',
  urls: ['https://remoteok.com/*', 'https://remoteok.io/*'],
  testedOn: ['pages/remoteok/remoteok_frontpage_skeleton_placeholders_2026-07.html'],
  posting: {
    when: ['link[rel="canonical"][href*="/remote-jobs/"]'],
    root: ['tr.job.active', 'tr.job'],
    fields: {
      title: ['tr.job.active h2[itemprop="title"]', 'h1'],
      workplace: { from: [''], process: [REMOTE_BOARD] },
      description: ['tr.expand .description@html', '.markdown@html'],
      boardJobId: { from: ['link[rel="canonical"]@href', PAGE_URL], process: [JOB_ID] },
      url: ['link[rel="canonical"]@href'],
    },
    required: ['title', 'boardJobId'],
  },
  list: {
    card: ['tr.job[data-id]'],
    fields: {
      title: ['h2[itemprop="title"]', 'h2'],
      company: ['h3[itemprop="name"]', '@data-company', 'h3'],
      location: { from: ['.location'], process: [remove(EMOJI), PLACE] },
      workplace: { from: [''], process: [REMOTE_BOARD] },
      salary: { from: ['.location:last-of-type', '.salary'], process: [remove(EMOJI), salaryFromText] },
      datePosted: ['time@datetime'],
      boardJobId: ['@data-id'],
      url: ['@data-url', '@data-href', 'a[itemprop="url"]@href', 'a.preventLink@href'],
    },
    required: ['title', 'company', 'url'],
  },
});
