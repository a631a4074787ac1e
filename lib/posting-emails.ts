// What a Posting may hold as its addresses. Apart from lib/model.ts (and its zod schema) on purpose: the board
// content scripts finish postings with this, and importing model.ts would bring zod into them (55 kB -> 150 kB).

/** An address is at most 320 characters (RFC 3696); a posting keeps its first 50. */
export const MAX_EMAIL_LENGTH = 320;
export const MAX_EMAILS = 50;

/** Each address once, the over-long ones dropped, at most MAX_EMAILS: what a Posting may hold. */
export function postingEmails(emails: Iterable<string>): string[] {
  return [...new Set(emails)].filter((email) => email.length <= MAX_EMAIL_LENGTH).slice(0, MAX_EMAILS);
}
