// Welcome to the Jungle (and Otta, its English face): result cards li[data-testid="search-results-list-item-wrapper"]
// with styled-components class names (sc-*, regenerated per build); the stable hooks are data-testid, data-object-id
// and the icon names of the chips (i[name="contract" | "location" | "remote" | "salary"]). Job pages carry a JSON-LD
// JobPosting, which the engine reads.
import { defineBoard, type Processor } from '../engine';
import { remove, salaryFromText } from '../processors';

const CHIP = (icon: string) => `div:has(> i[name="${icon}"])`;

/** The remote-work chip in French or English: "Télétravail non autorisé" is no remote work at all. */
const REMOTE_POLICY: Processor = (value) => {
  if (/non autoris|not allowed|no remote/i.test(value)) return 'onsite';
  if (/occasionnel|fréquent|frequent|occasional|partial|hybrid/i.test(value)) return 'hybrid';
  if (/total|complet|full|fully/i.test(value)) return 'remote';
  return null;
};

/** "Salaire : 850 à 1 250 € par mois", "1,5K € par mois" as the salary parser reads them; "< 1 €" states none. */
const FRENCH_SALARY: Processor = (value) => {
  if (/<\s*1\s*€/.test(value)) return null;
  return value
    .replace(/(\d),(\d)(?!\d{2})/g, '$1.$2')
    .replace(/\s+à\s+/g, ' - ')
    .replace(/(\d[\d\s.]*[kK]?)\s*€/g, '€$1')
    .replace(/\bpar mois\b/g, 'per month')
    .replace(/\bpar an\b/g, 'per year')
    .replace(/\bpar jour\b/g, 'per day');
};

export const welcometothejungle = defineBoard({
  id: 'welcometothejungle',
  name: 'Welcome to the Jungle',
  urls: ['https://www.welcometothejungle.com/*', 'https://app.welcometothejungle.com/*', 'https://app.otta.com/*'],
  testedOn: ['pages/welcometothejungle/wttj_fr_jobs_search_results_rendered_2026-02.html'],
  list: {
    card: ['li[data-testid="search-results-list-item-wrapper"]'],
    fields: {
      title: ['h2', 'h3', 'a[aria-label]@aria-label'],
      company: ['img[data-testid^="job-thumb-logo-"]@alt', 'img[data-testid^="job-thumb-cover-"]@alt'],
      location: ['i[name="location"] + span', CHIP('location')],
      workplace: { from: ['i[name="remote"] + span', CHIP('remote')], process: [REMOTE_POLICY] },
      employment: [CHIP('contract')],
      salary: { from: [CHIP('salary')], process: [remove(/^salaire\s*:\s*|^salary\s*:\s*/i), FRENCH_SALARY, salaryFromText] },
      datePosted: ['time@datetime'],
      boardJobId: ['[data-object-id]@data-object-id'],
      url: ['a[href*="/jobs/"]@href'],
    },
    required: ['title', 'company', 'url'],
  },
});
