// What the in-page badge says about an evaluation, in a few words: pure, so the tests can check the wording.
import type { ScoredPosting } from './messages';
import type { CriterionResult, Evaluation } from './model';

/** A posting's score, the stored job it belongs to (until it is stored: its own id) and, once stored, its contact
 *  link (null while there is none). */
export type BadgeResult = ScoredPosting & { jobId: string; mailto: string | null };

export type BadgeState =
  | { kind: 'pending' }
  | { kind: 'scored'; title: string; result: BadgeResult }
  | { kind: 'unreadable'; failedFields: string[] }
  | { kind: 'error'; message: string };

export interface Reason {
  /** true: counts for the job; false: counts against it (or a dealbreaker). */
  positive: boolean;
  text: string;
}

/**
 * The reasons a badge shows first: a dealbreaker above everything, then the criteria that moved the score most,
 * each named by its label. A criterion the posting says nothing about (met === null) is not a reason.
 */
export function topReasons(evaluation: Evaluation, count = 2): Reason[] {
  const dealbreakers = evaluation.criteria.filter((c) => c.dealbreaker);
  const decided = evaluation.criteria
    .filter((c) => c.met !== null && !dealbreakers.includes(c) && weight(c) > 0)
    .sort((a, b) => weight(b) - weight(a));
  return [
    ...dealbreakers.map((c) => ({ positive: false, text: dealbreakerName(c) })),
    ...decided.map((c) => ({ positive: c.met === true, text: c.label })),
  ].slice(0, count);
}

/**
 * A dealbreaker's label names the rule ("No dealbreakers"), not what broke it: the badge shows the head of its
 * evidence instead ("On-site only: <sentence>" → "On-site only").
 */
function dealbreakerName(criterion: CriterionResult): string {
  const head = criterion.evidence?.split(':', 1)[0]?.trim();
  if (!head) return criterion.label;
  return head.length > 40 ? `${head.slice(0, 39)}…` : head;
}

/** How much a criterion moved the score: what it earned when met, what it cost when not. */
function weight(criterion: CriterionResult): number {
  return criterion.met ? criterion.points : criterion.maxPoints - criterion.points;
}

/** "8/10" points of one criterion, or "dealbreaker" for one that forced the verdict to skip. */
export function criterionPoints(criterion: CriterionResult): string {
  if (criterion.dealbreaker) return 'dealbreaker';
  return `${formatPoints(criterion.points)}/${formatPoints(criterion.maxPoints)}`;
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

/** The badge's words when the page could not be read whole. */
export function unreadableMessage(failedFields: readonly string[]): string {
  return failedFields.length > 0
    ? `JobFit couldn't read this page (fields: ${failedFields.join(', ')})`
    : "JobFit couldn't read this page";
}
