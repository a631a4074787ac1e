// What the background does with the postings a tab read: score each one and draft the contact link (answered at
// once, for the badges), then store the whole ones (a second message, so that the badges never wait for the database).
// A board's content script leaves out the addresses written in the description (withTextEmails finds them here), and
// nothing a page sends is trusted beyond its own text: the background scores every posting it stores itself.
// Pure of browser.*: runs in the service worker and under Node (fake-indexeddb) in the tests.
import { draftContact, mailtoUrl } from './contact';
import { withTextEmails } from './extract/text-emails';
import type { Posting, Profile, Verdict } from './model';
import type { SavedPosting, ScoredPosting } from './messages';
import { score } from './score/score';
import { toStorageError, type JobDb } from './store/db';
import { saveEvaluated } from './store/jobs';

/** Each posting's evaluation and, when it gives an address, a ready mailto: link. */
export function scorePostings(postings: readonly Posting[], profile: Profile): ScoredPosting[] {
  return postings.map((sent) => {
    const posting = withTextEmails(sent);
    const evaluation = score(posting, profile);
    const draft = draftContact(posting, evaluation, profile);
    return { postingId: posting.id, evaluation, mailto: draft ? mailtoUrl(draft) : null };
  });
}

export interface SavedPage {
  saved: SavedPosting[];
  /** Every posting's verdict, stored or not: the page's count on the toolbar. */
  verdicts: [string, Verdict][];
}

/**
 * Scores and stores the postings of one page and says which job each became. A posting that the page gave only in
 * part (`missing` not empty) is never stored: a half-read job must not sit in the shortlist as if whole.
 */
export async function savePostings(db: JobDb, postings: readonly Posting[], profile: Profile, now: number = Date.now()): Promise<SavedPage> {
  const scored = postings.map((sent) => {
    const posting = withTextEmails(sent);
    return { posting, evaluation: score(posting, profile) };
  });
  // One transaction for the whole chunk (each saveEvaluated joins it): committing one per posting made storing most
  // of the time to a page's badges. A failure stores none of the chunk; the tab sends it again.
  const saved = await db.transaction('rw', db.jobs, db.settings, async () => {
    const stored: SavedPosting[] = [];
    for (const { posting, evaluation } of scored) {
      if (posting.missing.length > 0) continue;
      const job = await saveEvaluated(db, posting, evaluation, now);
      stored.push({ postingId: posting.id, jobId: job.id });
    }
    return stored;
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
