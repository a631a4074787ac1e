// Wellfound (formerly AngelList Talent): job pages wellfound.com/jobs/<id>-<slug> carry a JSON-LD JobPosting; the
// DOM hooks below come from the public markup (Next.js, hashed class names). Wellfound often answers with a
// DataDome captcha instead of the page: nothing there is a posting, and nothing matches these selectors.
import { defineBoard, PAGE_URL, type Processor } from '../engine';
import { match } from '../processors';

const JOB_PAGE = /^https:\/\/(?:www\.)?wellfound\.com\/jobs\/(\d+)/i;
/** Headings count as a job title on job pages only (company and search pages have headings too). */
const ON_JOB_PAGE: Processor = (value, { url }) => (JOB_PAGE.test(url) ? value : null);

export const wellfound = defineBoard({
  id: 'wellfound',
  name: 'Wellfound',
  urls: ['https://wellfound.com/*', 'https://www.wellfound.com/*', 'https://angel.co/*'],
  testedOn: ['pages/wellfound/wellfound_datadome_captcha_block_2026-07.html'],
  posting: {
    root: ['main h1', 'h1'],
    fields: {
      title: { from: ['main h1', 'h1'], process: [ON_JOB_PAGE] },
      company: { from: ['main a[href^="/company/"]', 'a[href^="/company/"]'], process: [ON_JOB_PAGE] },
      description: { from: ['[data-test="JobDescription"]@html', '#job-description@html', 'main [class*="description"]@html'], process: [ON_JOB_PAGE] },
      boardJobId: { from: [PAGE_URL], process: [match(JOB_PAGE, 1)] },
      url: { from: [PAGE_URL], process: [match(/^https:\/\/(?:www\.)?wellfound\.com\/jobs\/[^?#]+/i)] },
    },
    required: ['title', 'boardJobId'],
  },
});
