// What the background does with the postings a tab read: score each one, keep the whole ones, draft the contact link.
// Pure of browser.*: runs in the service worker and under Node (fake-indexeddb) in the tests.
import { draftContact, mailtoUrl } from './contact';
import type { Posting, Profile, Verdict } from './model';
import type { PostingResult } from './messages';
import { score } from './score/score';
import { toStorageError, type JobDb } from './store/db';
import { saveEvaluated } from './store/jobs';

/**
 * Scores and stores the postings of one page. A posting that the page gave only in part (`missing` not empty) is
 * scored for the badge but never stored: a half-read job must not sit in the shortlist as if whole.
 */
export async function evaluatePostings(
  db: JobDb,
  postings: readonly Posting[],
  profile: Profile,
  now: number = Date.now(),
): Promise<PostingResult[]> {
  // One transaction for the whole chunk (each saveEvaluated joins it): committing one per posting made storing,
  // not scoring, most of the time to a page's badges. A failure stores none of the chunk; the tab sends it again.
  return db.transaction('rw', db.jobs, db.settings, async () => {
    const results: PostingResult[] = [];
    for (const posting of postings) {
      const evaluation = score(posting, profile);
      const draft = draftContact(posting, evaluation, profile);
      const mailto = draft ? mailtoUrl(draft) : null;
      if (posting.missing.length > 0) {
        results.push({ postingId: posting.id, jobId: posting.id, evaluation, status: 'new', mailto });
        continue;
      }
      const job = await saveEvaluated(db, posting, evaluation, now);
      results.push({ postingId: posting.id, jobId: job.id, evaluation, status: job.status, mailto });
    }
    return results;
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
