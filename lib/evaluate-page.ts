// What the background does with the postings a tab read: score each one (answered at once, for the badges), then
// store the whole ones and draft their contact links (a second message, so that the badges never wait for the
// database or the address finder). A board's content script leaves out the addresses written in the description
// (withTextEmails finds them here), and nothing a page sends is trusted beyond its own text: the background scores
// every posting it stores itself.
// Pure of browser.*: runs in the service worker and under Node (fake-indexeddb) in the tests.
import { draftContact, mailtoUrl } from './contact';
import { withTextEmails } from './extract/text-emails';
import type { Posting, Profile, Verdict } from './model';
import type { SavedPosting, ScoredPosting } from './messages';
import { score } from './score/score';
import { anchorWords } from './text/anchors';
import { toStorageError, type JobDb } from './store/db';
import { saveEvaluatedMany } from './store/jobs';

/**
 * Each posting's evaluation, for its badge. The contact link comes when the posting is stored (savePostings): finding
 * the addresses and drafting the email was a fifth of the worker's time before a long thread's last badge.
 */
export function scorePostings(postings: readonly Posting[], profile: Profile): ScoredPosting[] {
  return postings.map((posting) => ({ postingId: posting.id, evaluation: score(posting, profile) }));
}

/**
 * A made-up Hacker News post that reaches most of the scorer's rules: remote work limited to regions and time zones,
 * hybrid and on-site places, ML and data work, open source, salary, employment types and seniority.
 */
export const WARM_UP_POSTING: Posting = {
  id: 'warm-up:1',
  board: 'hackernews',
  boardJobId: null,
  url: 'https://news.ycombinator.com/item?id=1',
  applyUrl: null,
  title: 'Senior Machine Learning Engineer',
  company: 'Example Labs',
  location: 'Remote (US or EU); Berlin or New York (hybrid)',
  workplace: 'unknown',
  remoteRegions: [],
  employment: [],
  salary: null,
  datePosted: null,
  description:
    'Example Labs | Senior Machine Learning Engineer, Data Engineer | Remote (US/EU, UTC-5 to UTC+2) or onsite in Berlin | ' +
    'Full-time or contract | $150k-$190k + equity | VISA\n\n' +
    'We build open source retrieval and search tools (github.com/example/search) used by data teams. You will train and ship ' +
    'ranking models in Python and PyTorch, run our Spark and Airflow pipelines on Kubernetes, and mentor junior engineers. ' +
    'Part-time internships are also available.\n\n' +
    'We are a fully remote company, but you must be authorized to work in the US; no relocation. Hybrid: 2 days a week in ' +
    'the office. Apply at https://example.com/jobs or email jobs at example dot com.',
  emails: [],
  source: 'adapter',
  missing: [],
};
/**
 * Rounds enough for V8 to optimise the scorer's code, not only to compile it: after 5 and 2 rounds a 600-post thread's
 * first chunk still took 28–35 ms to score in the worker (the later ones 4–18), after 60 and 20 it took 16–21 ms.
 * The warm-up costs ~30 ms more for it (140 ms in all in a fresh Node process, against 112).
 */
const WARM_UP_ROUNDS = 60;
/** The posting that holds every rule's anchor words: each regular expression is also run often enough to be compiled. */
const EVERY_RULE_ROUNDS = 20;

/**
 * A posting that holds every anchor word of every rule, each twice (once as a word of its own, once at the start of a
 * longer one): each rule's detailed patterns run on it, including those WARM_UP_POSTING never reaches.
 */
export function everyRulePosting(): Posting {
  const description = anchorWords().map((word) => `${word}, ${word}s.`).join(' ');
  return { ...WARM_UP_POSTING, id: 'warm-up:2', description };
}

/**
 * Scores WARM_UP_POSTING a few times, then a posting that reaches every rule. A worker's first postings cost several
 * times the next ones (V8 compiles each of the scorer's regular expressions on first use and runs new code
 * unoptimised): done when the worker starts, this is not paid by the first page's badges when the page comes later.
 * In one task. A warm-up sliced into tasks (a timer before each posting, so that a page's message could come first)
 * was tried: a worker that DevTools stopped soon after its start then failed to start again in 3 of 24 page loads,
 * against 1 of 48 in one task. That may be chance, but it is not worth the doubt.
 */
export function warmUpScorer(profile: Profile): void {
  const everyRule = everyRulePosting();
  const postings = [...Array<Posting>(WARM_UP_ROUNDS).fill(WARM_UP_POSTING), ...Array<Posting>(EVERY_RULE_ROUNDS).fill(everyRule)];
  for (const posting of postings) score(posting, profile);
}

export interface SavedPage {
  saved: SavedPosting[];
  /** Every posting's verdict, stored or not: the page's count on the toolbar. */
  verdicts: [string, Verdict][];
}

/**
 * Scores and stores the postings of one page and says which job each became, with its contact link when it gives an
 * address. A posting that the page gave only in part (`missing` not empty) is never stored: a half-read job must not
 * sit in the shortlist as if whole.
 */
export async function savePostings(db: JobDb, postings: readonly Posting[], profile: Profile, now: number = Date.now()): Promise<SavedPage> {
  const scored = postings.map((sent) => {
    const posting = withTextEmails(sent);
    return { posting, evaluation: score(posting, profile) };
  });
  // The whole chunk in one transaction with one lookup for all its postings: committing, or even looking up, one
  // posting at a time made storing most of the time to a page's badges. A failure stores none of the chunk; the tab
  // sends it again.
  const whole = scored.filter(({ posting }) => posting.missing.length === 0);
  const jobs = await saveEvaluatedMany(db, whole, now);
  const saved = whole.map(({ posting, evaluation }, index): SavedPosting => {
    const draft = draftContact(posting, evaluation, profile);
    return { postingId: posting.id, jobId: jobs[index]!.id, mailto: draft ? mailtoUrl(draft) : null };
  });
  return { saved, verdicts: scored.map(({ posting, evaluation }) => [posting.id, evaluation.verdict]) };
}

/** The profile to score with before the user saved one: the default, in the browser's own time zone. */
export function fallbackProfile(defaults: Profile, browserTimeZone: string): Profile {
  return defaults.timeZone ? defaults : { ...defaults, timeZone: browserTimeZone };
}

/** The toolbar badge: how many postings on the page are matches ('' hides the badge). */
export function toolbarBadgeText(verdicts: Iterable<Verdict>): string {
  let matches = 0;
  for (const verdict of verdicts) if (verdict === 'match') matches += 1;
  return matches === 0 ? '' : matches > 999 ? '999+' : String(matches);
}

/** A failure told to the user in words: storage trouble (a full disk above all) in the store's own words. */
export function describeFailure(error: unknown): string {
  const storage = toStorageError(error);
  if (storage.kind === 'quota' || storage.kind === 'unavailable') return `JobFit could not save: ${storage.message}`;
  return `JobFit could not evaluate this page: ${error instanceof Error ? error.message : String(error)}`;
}
