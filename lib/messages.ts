// Messages between the content script, the extension pages and the background worker.
// The background parses every message it receives: a content script runs on a stranger's page.
import { z } from './zod';
import { Evaluation, JobStatus, Posting } from './model';

export const BoardHealth = z.object({
  board: z.string().max(64),
  url: z.string().max(4_000),
  /** Fields the adapter's selectors all missed: the board's markup probably changed. */
  failedFields: z.array(z.string().max(64)).max(50),
});
export type BoardHealth = z.infer<typeof BoardHealth>;

/** Sent by a content script: the postings it read on its page, to be scored and stored. */
export const EvaluatePage = z.object({
  type: z.literal('evaluate-page'),
  url: z.string().max(4_000),
  kind: z.enum(['posting', 'list', 'none']),
  postings: z.array(Posting).max(2_000),
  health: BoardHealth.nullable(),
});
export type EvaluatePage = z.infer<typeof EvaluatePage>;

export const PostingResult = z.object({
  postingId: z.string(),
  jobId: z.string(),
  evaluation: Evaluation,
  status: JobStatus,
  /** A ready mailto: link when the posting gives an address. */
  mailto: z.string().nullable(),
});
export type PostingResult = z.infer<typeof PostingResult>;

export const EvaluatePageReply = z.object({ results: z.array(PostingResult) });
export type EvaluatePageReply = z.infer<typeof EvaluatePageReply>;

/** Sent by a content script when the user follows a contact link from a badge. */
export const MarkContacted = z.object({ type: z.literal('mark-contacted'), jobId: z.string().max(2_000) });

/** The only messages a content script may send; anything else from a tab is refused. */
export const ContentMessage = z.discriminatedUnion('type', [EvaluatePage, MarkContacted]);
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
