// The contact addresses a posting's description states, added to those its board's markup gave (mailto links, a
// contact line). Separate from the reading of a page because the address finder is the heaviest text code: the
// readers in Node (CLI, tests) apply it at once, the background applies it to what a board's content script sends.
import type { Posting } from '../model';
import { postingEmails } from '../posting-emails';
import { findEmails } from '../text/emails';

export function withTextEmails(posting: Posting): Posting {
  return { ...posting, emails: postingEmails([...findEmails(posting.description), ...posting.emails]) };
}
