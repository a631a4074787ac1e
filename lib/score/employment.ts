// Employment types a posting states: full-time, part-time, contract (contractor, freelance, consulting, C2H, 1099),
// internship (intern, co-op). "Smart contracts", "contract law", "internal" or a "Security Consultant" title are not
// employment terms.
import type { EmploymentType } from '../model';
import { defineAnchors, scanAnchors } from '../text/anchors';
import { sentenceAround } from '../text/sentences';
import type { FindAnchors } from './workplace';

const TERMS = new RegExp(
  [
    String.raw`\b(full[- ]?time|fulltime|full(?=\s*(?:or|\/|and|&)\s*part[- ]?time)|permanent(?: (?:role|position|employ\w*|contract|job|hire))?|ft)\b`,
    String.raw`\b(part[- ]?time|parttime)\b`,
    String.raw`\b(contract(?:ors?|ing)?|freelanc\w*|c2h|corp[- ]to[- ]corp|1099|(?:consulting|consultancy) (?:basis|role|position|engagement|contract|work)|as an? (?:independent )?consultant|(?:hourly|independent) consultants?|project[- ]based(?=\s*(?:[|,/;()]|\.(?:\s|$)|$|or\b|and\b|work\b|contracts?\b))|temp[- ]to[- ]perm)\b`,
    String.raw`\b(intern(?:s|ships?)?|co-?ops?)\b`,
  ].join('|'),
  'y',
);
const TERM_ANCHORS = defineAnchors([
  'full', 'fulltime', 'permanent', 'ft', 'part', 'parttime', 'contract*', 'freelanc*', 'c2h', 'corp', '1099', 'consulting',
  'consultancy', 'as a consultant', 'as an consultant', 'as an independent consultant', 'as a independent consultant',
  'hourly consultant*', 'independent consultant*', 'project based', 'project-based',
  'temp', 'intern', 'interns', 'internship', 'internships', 'co-op', 'co-ops', 'coop', 'coops',
]);
const TYPES: readonly EmploymentType[] = ['full-time', 'part-time', 'contract', 'internship'];
const CONTRACT_NOT_EMPLOYMENT_BEFORE = /(?:smart|government|federal|defen[cs]e|dod|legal|sales|insurance|service|customer|signed|signing|big|major|client|automat\w*|review\w*|negotiat\w*|pars\w*|draft\w*|analy[sz]\w*|\$[\d.,]+[mkb]?|million|billion|multi-million|new|first|our|research|data|api|social|enterprise|lucrative|multi-year|nih|darpa|nasa|won|win|awarded|with a|employment|\bno)\s+$/;
const CONTRACT_NOT_EMPLOYMENT_AFTER =
  /^\s*(?:law|lawyers?|management|negotiations?|drafting|templates?|signing|analysis|review|language|testing|tests|audit\w*|code|development|developers?|engineers?|security|manufactur\w*|research organi[sz]ations?|with (?:the|a|an|major|several|large)|from|valued|worth|vehicles?|lifecycle|intelligence|data|documents?|terms|pricing|value|s\b|awarded)/;
const CO_OP_NOT_EMPLOYMENT = /^co-?ops?\s*(?:\/|,)?\s*(?:grocery|bank|housing|games?|mode|multiplayer|members?)/;
const COOP_TERM_AFTER = /^\s*(?:programs?|positions?|students?|terms?|placements?|roles?|jobs?|\/|or\b)/;
const CONTRACTORS_WANTED_BEFORE = /(?:hir\w*|seek\w*|looking for|open to|accept\w*|also|or|and|\/|,|\|)\s*$/;
const CONTRACTORS_WANTED_AFTER = /^\s*(?:welcome|are welcome|ok|okay|considered|also|\/|or\b|\|)/;
const PRODUCT_USERS_BEFORE = /\b(?:for|helps?|of|connects?|marketplace|platform)\s+(?:\w+\s+)?$/;
const EXPERIENCE_AFTER = /^\s*(?:(?:or|and) \w+ )?(?:experience|background|history|projects)/;
/** "no … contractors", "don't have openings for interns" (but not "not only … interns"). */
const REFUSED_BEFORE = /\b(?:no|not(?! only| just| your typical| a typical)|don['’]t|do not)\b[^.!?]{0,40}$/;
const HOURS_OF_SOMETHING_ELSE_AFTER = /^ *(?:projects?|hobby|hobbies|parents?|students?|studies|caregivers?|moms?|dads?|mothers?|fathers?|nomads?|travell?ers?)\b/;
const IN_LINK_BEFORE = /(?:https?:\/\/|www\.)\S*$/;
const FT_NOT_EMPLOYMENT = /^\s*\.|^\s*(?:\d|lauderdale|worth|collins|myers|meade|wayne|mill)/;

export interface EmploymentReading {
  types: EmploymentType[];
  /** One evidence sentence per type found. */
  evidence: Partial<Record<EmploymentType, string>>;
}

/** The employment types in the text; `lower` is `text.toLowerCase()`. */
export function readEmployment(text: string, lower: string, find: FindAnchors = (set) => scanAnchors(lower)[set.id]!): EmploymentReading {
  const evidence: Partial<Record<EmploymentType, string>> = {};
  for (const hit of find(TERM_ANCHORS)) {
    TERMS.lastIndex = hit.start;
    const match = TERMS.exec(lower);
    if (!match) continue;
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const type = TYPES[group - 1]!;
    if (evidence[type]) continue;
    // "https://angel.co/…/jobs/682927-freelance-full…": a word of a link, not of the post.
    if (IN_LINK_BEFORE.test(lower.slice(Math.max(0, match.index - 80), match.index))) continue;
    const end = match.index + match[0].length;
    const before = lower.slice(Math.max(0, match.index - 24), match.index);
    const after = lower.slice(end, end + 40);
    if (match[0] === 'ft' && (text.slice(match.index, end) !== 'FT' || FT_NOT_EMPLOYMENT.test(after) || /[a-z]\/$/.test(before))) continue;
    if (type === 'contract' && match[0].startsWith('contract')) {
      if (match[0] === 'contracting' && /^\s*(?:firm|compan|agenc)/.test(after)) continue;
      if (CONTRACT_NOT_EMPLOYMENT_BEFORE.test(before) || CONTRACT_NOT_EMPLOYMENT_AFTER.test(after)) continue;
      // "support-contract customers", "unit/integration/contract/E2E tests"
      if (/[a-z]-$/.test(before) || /(?:unit|integration|e2e|api|smoke|load|regression|component)\/$/.test(before)) continue;
      if (match[0] === 'contractors' && !CONTRACTORS_WANTED_BEFORE.test(before) && !CONTRACTORS_WANTED_AFTER.test(after)) continue;
      // "No offers from recruiting firms or contractors, please."
      if (/^contractors?$/.test(match[0]) && REFUSED_BEFORE.test(lower.slice(Math.max(0, match.index - 60), match.index))) continue;
    }
    if (type === 'contract' && /^freelanc/.test(match[0]) && (PRODUCT_USERS_BEFORE.test(before) || EXPERIENCE_AFTER.test(after))) continue;
    if (type === 'full-time' && /\b(?:not|no)\b[^.]{0,30}$/.test(before) && /^\s*remote/.test(after)) continue;
    // "but that isn't full time", "This is not a full-time role".
    if (type === 'full-time' && /\b(?:isn['’]t|is not|not)\s+(?:an?\s+)?$/.test(before)) continue;
    // "while managing a full-time project", "a part-time student": the hours of something else, not of this job.
    if ((type === 'full-time' || type === 'part-time') && HOURS_OF_SOMETHING_ELSE_AFTER.test(after)) continue;
    // "Potential to convert to a full-time role": what a contract may become, not what is offered.
    if (type === 'full-time' && /\bconver(?:t|ts|ting|sion)\s+(?:in)?to\s+(?:an?\s+)?$/.test(before)) continue;
    if (match[0] === '1099' && !/(?:\||\bor\b|,|\(|\/|\$[\d,.]+k?|\b(?:a|per) year|\/ ?(?:yr|year)|annually)\s*$/.test(before) && !/^\s*(?:\||$|\)|contract|basis|position|role|only|ok)/.test(after)) continue;
    if (type === 'internship' && CO_OP_NOT_EMPLOYMENT.test(lower.slice(match.index, end + 20))) continue;
    // "I currently don't have openings for interns": refused, not offered.
    if (type === 'internship' && REFUSED_BEFORE.test(lower.slice(Math.max(0, match.index - 60), match.index))) continue;
    // "3+ years beyond intern level", "if you've had 2+ internships": a measure of experience, not an internship.
    if (type === 'internship' && (/^\s*(?:level|experience)\b/.test(after) || /\b(?:had|previous|prior|past|completed)\s+(?:[\w+-]+\s+){0,2}$/.test(before))) continue;
    // "As a consultant at Yoisho": the title at a consultancy, not a contract.
    if (type === 'contract' && /consultant$/.test(match[0]) && /^\s*(?:at|with|in) (?:our|the|[a-z][\w.-]*)/.test(after)) continue;
    // Unhyphenated "Coop" is usually a name (a company, a grocery); the work term says what it is.
    if (/^coops?$/.test(match[0]) && !COOP_TERM_AFTER.test(after) && !/(?:intern\w*\s*[/,]?|\bor|,)\s*$/.test(before)) continue;
    if (type === 'full-time' && match[0].startsWith('permanent') && /^\s*(?:record|storage|resident|residen|link|home|marker)/.test(after)) continue;
    evidence[type] = sentenceAround(text, match.index);
  }
  return { types: TYPES.filter((type) => evidence[type] !== undefined), evidence };
}
