// The one-click contact email: the best address a posting gives, the profile's template filled with the posting,
// and mailto / Gmail / clipboard forms of it. Posting text comes from strangers: an address is accepted only when it
// is a plain address (nothing that could add a header or a recipient), and every part of a URL is percent-encoded.
import type { CriterionResult, Evaluation, Posting, Profile } from './model';
import { normalizeCompany } from './store/dedupe';

export interface ContactDraft {
  to: string;
  alternatives: string[];
  subject: string;
  body: string;
}

// Letters, digits and . _ + - only: no '%', '?', '&', ',', ';', quotes, spaces or line breaks can get through.
const STRICT_ADDRESS =
  /^[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9_+-])?@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/i;
const MAX_ADDRESS_LENGTH = 254;
const MAX_SUBJECT_LENGTH = 200;

export function isSafeAddress(address: string): boolean {
  return address.length <= MAX_ADDRESS_LENGTH && STRICT_ADDRESS.test(address) && !address.includes('..');
}

const NEVER_LOCAL = /^(no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|bounces?|unsubscribe)([._+-]|$)/;
const HIRING_LOCAL =
  /^(jobs?|careers?|hiring|hire|recruit(ing|ment|er|ers)?|talent|apply|applications?|join|work|hr|people|team-?hiring)([._+-]|$)/;
const GENERIC_LOCAL = /^(info|hello|hi|contact|office|admin|support|help|sales|marketing|press|media|team|general|enquiries|inquiries|billing)([._+-]|$)/;
const PERSON_LOCAL = /^[a-z]{2,}(?:[._-][a-z]{1,})?$/;

/** Whether the address's domain names the company ("acme-data.io" for "Acme Data Inc."). */
function atCompanyDomain(address: string, company: string): boolean {
  const words = normalizeCompany(company).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  const labels = address.split('@')[1].toLowerCase().split('.').slice(0, -1).map((label) => label.replace(/-/g, ''));
  const compact = words.join('');
  return labels.some((label) => label === compact || (words[0].length >= 3 && label.startsWith(words[0])));
}

function addressRank(address: string, company: string): number {
  const local = address.split('@')[0].toLowerCase();
  const role = HIRING_LOCAL.test(local) ? 3 : GENERIC_LOCAL.test(local) ? 0 : PERSON_LOCAL.test(local) ? 2 : 1;
  return role + (atCompanyDomain(address, company) ? 2 : 0);
}

/** Usable addresses of the posting, best first: a hiring or personal address at the company's own domain leads. */
export function rankAddresses(posting: Posting, ownAddress = ''): string[] {
  const own = ownAddress.trim().toLowerCase();
  const usable = [...new Set(posting.emails.map((address) => address.trim().toLowerCase()))].filter(
    (address) => isSafeAddress(address) && !NEVER_LOCAL.test(address.split('@')[0]) && address !== own,
  );
  const ranks = new Map(usable.map((address) => [address, addressRank(address, posting.company)]));
  return usable.sort((a, b) => ranks.get(b)! - ranks.get(a)!);
}

function readableList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function metCriteria(evaluation: Evaluation): CriterionResult[] {
  return evaluation.criteria.filter((criterion) => criterion.met === true && criterion.points > 0 && !criterion.dealbreaker);
}

function singleLine(text: string): string {
  return text.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

/**
 * Fills `{{company}}`, `{{title}}`, `{{matched}}` (labels of the criteria met, as a list), `{{evidence}}` (one line
 * per criterion met, with the sentence that earned it), `{{pitch}}`, `{{links}}` and `{{name}}` in one pass, so that
 * a placeholder inside posting text is never expanded. Unknown placeholders stay as written, for the user to see.
 */
export function fillTemplate(template: string, posting: Posting, evaluation: Evaluation, profile: Profile): string {
  const met = metCriteria(evaluation);
  const values: Record<string, string> = {
    company: singleLine(posting.company),
    title: singleLine(posting.title) || UNTITLED_ROLE,
    matched: readableList(met.map((criterion) => criterion.label)),
    evidence: met
      .map((criterion) => (criterion.evidence ? `- ${criterion.label}: “${singleLine(criterion.evidence)}”` : `- ${criterion.label}`))
      .join('\n'),
    pitch: profile.pitch,
    links: profile.links.join('\n'),
    name: profile.name,
  };
  return template.replace(/\{\{\s*([a-z]+)\s*\}\}/gi, (placeholder, key: string) => values[key.toLowerCase()] ?? placeholder);
}

/** What `{{title}}` says of a posting that names no role ("I read your posting for the open role"). */
const UNTITLED_ROLE = 'the open role';

/** A subject without the gaps an empty field leaves: "ML Engineer at" (no company) ends at the role. */
function tidySubject(subject: string): string {
  const tidy = singleLine(subject).replace(/\s+(?:at|for|with|[-–—|:,])$/i, '').replace(/^(?:at|for|with|[-–—|:,])\s+/i, '');
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

/** A body without the gaps empty fields leave: "Hello  team", "looking for: .", blank lines where links would be. */
function tidyBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.;!?])/g, '$1')
    .replace(/:\s*\./g, '.')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd();
}

/** A draft to the posting's best address (or to `to`, one of them chosen by the user); null when there is none. */
export function draftContact(posting: Posting, evaluation: Evaluation, profile: Profile, to?: string): ContactDraft | null {
  const ranked = rankAddresses(posting, profile.email);
  const chosen = to === undefined ? ranked[0] : to.trim().toLowerCase();
  if (!chosen || !isSafeAddress(chosen)) return null;
  const subject = tidySubject(fillTemplate(profile.emailTemplate.subject, posting, evaluation, profile));
  return {
    to: chosen,
    alternatives: ranked.filter((address) => address !== chosen),
    subject: subject.length > MAX_SUBJECT_LENGTH ? `${subject.slice(0, MAX_SUBJECT_LENGTH - 1)}…` : subject,
    body: tidyBody(fillTemplate(profile.emailTemplate.body, posting, evaluation, profile)),
  };
}

function checkedAddress(draft: ContactDraft): string {
  if (!isSafeAddress(draft.to)) throw new Error(`Not a plain email address: ${JSON.stringify(draft.to)}`);
  return draft.to;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** encodeURIComponent throws on a lone surrogate (page text can hold one, and clipping can split a pair). */
function encode(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

/** RFC 6068: every part percent-encoded, line breaks in the body as CRLF. */
export function mailtoUrl(draft: ContactDraft): string {
  const [local, domain] = checkedAddress(draft).split('@');
  const subject = encode(singleLine(draft.subject));
  const body = encode(draft.body.replace(/\r\n?|\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(local)}@${encodeURIComponent(domain)}?subject=${subject}&body=${body}`;
}

export function gmailComposeUrl(draft: ContactDraft): string {
  const params = [
    `to=${encodeURIComponent(checkedAddress(draft))}`,
    `su=${encode(singleLine(draft.subject))}`,
    `body=${encode(draft.body)}`,
  ];
  return `https://mail.google.com/mail/?view=cm&fs=1&${params.join('&')}`;
}

export function clipboardText(draft: ContactDraft): string {
  return `To: ${draft.to}\nSubject: ${singleLine(draft.subject)}\n\n${draft.body}`;
}
