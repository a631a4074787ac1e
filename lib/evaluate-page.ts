// What the background does with the postings a tab read: score each one and draft the contact link (answered at
// once, for the badges), then store the whole ones (a second message, so that the badges never wait for the database).
// Pure of browser.*: runs in the service worker and under Node (fake-indexeddb) in the tests.
import { draftContact, mailtoUrl } from './contact';
import type { Evaluation, Posting, Profile, Verdict } from './model';
import type { SavedPosting, ScoredPosting } from './messages';
import { score } from './score/score';
import { toStorageError, type JobDb } from './store/db';
import { saveEvaluated } from './store/jobs';

/** Each posting's evaluation and, when it gives an address, a ready mailto: link. */
export function scorePostings(postings: readonly Posting[], profile: Profile): ScoredPosting[] {
  return postings.map((posting) => {
    const evaluation = score(posting, profile);
    const draft = draftContact(posting, evaluation, profile);
    return { postingId: posting.id, evaluation, mailto: draft ? mailtoUrl(draft) : null };
  });
}

/**
 * Stores the scored postings of one page and says which job each became. A posting that the page gave only in part
 * (`missing` not empty) is never stored: a half-read job must not sit in the shortlist as if whole.
 */
export async function savePostings(
  db: JobDb,
  items: readonly { posting: Posting; evaluation: Evaluation }[],
  now: number = Date.now(),
): Promise<SavedPosting[]> {
  // One transaction for the whole chunk (each saveEvaluated joins it): committing one per posting made storing most
  // of the time to a page's badges. A failure stores none of the chunk; the tab sends it again.
  return db.transaction('rw', db.jobs, db.settings, async () => {
    const saved: SavedPosting[] = [];
    for (const { posting, evaluation } of items) {
      if (posting.missing.length > 0) continue;
      const job = await saveEvaluated(db, posting, evaluation, now);
      saved.push({ postingId: posting.id, jobId: job.id });
    }
    return saved;
  });
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
