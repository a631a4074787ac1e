// Messages between the content script, the extension pages and the background worker.
// The background parses every message it receives: a content script runs on a stranger's page.
import { z } from './zod';
import { Evaluation, Posting } from './model';

export const BoardHealth = z.object({
  board: z.string().max(64),
  url: z.string().max(4_000),
  /** Fields the adapter's selectors all missed: the board's markup probably changed. */
  failedFields: z.array(z.string().max(64)).max(50),
});
export type BoardHealth = z.infer<typeof BoardHealth>;

/**
 * Sent by a content script: the postings it read on its page, to be scored. Nothing is stored yet: the badges get
 * their scores without waiting for the database, and SavePostings follows.
 */
export const ScorePostings = z.object({
  type: z.literal('score-postings'),
  postings: z.array(Posting).max(2_000),
});
export type ScorePostings = z.infer<typeof ScorePostings>;

/** A posting's score. Its contact link comes with its stored job (SavedPosting): finding addresses waits for storing. */
export const ScoredPosting = z.object({
  postingId: z.string(),
  evaluation: Evaluation,
});
export type ScoredPosting = z.infer<typeof ScoredPosting>;

export const ScorePostingsReply = z.object({ scored: z.array(ScoredPosting) });
export type ScorePostingsReply = z.infer<typeof ScorePostingsReply>;

/**
 * Sent by a content script once scores came back: the postings with the evaluations their badges show, to be stored
 * (the whole ones) and counted on the toolbar icon, and how the board read. Sent again until acknowledged: MV3 may
 * stop the worker in the middle, and storing is idempotent.
 */
export const SavePostings = z.object({
  type: z.literal('save-postings'),
  url: z.string().max(4_000),
  /** Scored again here: a page may send any evaluation, the background stores only its own. */
  postings: z.array(Posting).max(2_000),
  health: BoardHealth.nullable(),
});
export type SavePostings = z.infer<typeof SavePostings>;

/**
 * The job each stored posting became (another board's copy of the same job keeps its id), and a ready mailto: link
 * when the posting gives an address (found while storing, so that no badge waits for the address finder).
 */
export const SavedPosting = z.object({ postingId: z.string(), jobId: z.string(), mailto: z.string().nullable() });
export type SavedPosting = z.infer<typeof SavedPosting>;

export const SavePostingsReply = z.object({ saved: z.array(SavedPosting) });
export type SavePostingsReply = z.infer<typeof SavePostingsReply>;

/** Sent by a content script when the user follows a contact link from a badge. */
export const MarkContacted = z.object({ type: z.literal('mark-contacted'), jobId: z.string().max(2_000) });

/** The only messages a content script may send; anything else from a tab is refused. */
export const ContentMessage = z.discriminatedUnion('type', [ScorePostings, SavePostings, MarkContacted]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Any handler that fails replies with this, in words the user can read; the sender never waits forever. */
export const ErrorReply = z.object({ error: z.string() });
export type ErrorReply = z.infer<typeof ErrorReply>;

/** Sent by an extension page (the popup's "evaluate this page"): inject JobFit into the active tab and read it. */
export const EvaluateActiveTab = z.object({ type: z.literal('evaluate-active-tab') });
/** The only messages an extension page may send to the background. */
export const ExtensionPageMessage = z.discriminatedUnion('type', [EvaluateActiveTab]);
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessage>;

/** Sent by the background to a tab's content script: read the page now, with the generic reader if no board fits. */
export const EvaluateNow = z.object({ type: z.literal('evaluate-now') });
export type EvaluateNow = z.infer<typeof EvaluateNow>;

/** What reading one page gave: the reply to evaluate-now and evaluate-active-tab. */
export const PageReport = z.object({
  board: z.string().nullable(),
  kind: z.enum(['posting', 'list', 'none']),
  evaluated: z.number().int().min(0),
  matches: z.number().int().min(0),
  failedFields: z.array(z.string()),
});
export type PageReport = z.infer<typeof PageReport>;
