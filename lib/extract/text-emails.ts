// The contact addresses a posting's description states, added to those its board's markup gave (mailto links, a
// contact line). Separate from the reading of a page because the address finder is the heaviest text code: the
// readers in Node (CLI, tests) apply it at once, the background applies it to what a board's content script sends.
import type { Posting } from '../model';
import { findEmails } from '../text/emails';

const MAX_EMAILS = 50;
const MAX_EMAIL_LENGTH = 320;

export function withTextEmails(posting: Posting): Posting {
  const emails = [...new Set([...findEmails(posting.description), ...posting.emails])]
    .filter((email) => email.length <= MAX_EMAIL_LENGTH)
    .slice(0, MAX_EMAILS);
  return { ...posting, emails };
}
