import { render } from 'preact';
import { drawNote, drawScoredBadge } from '../lib/badge-pill';
import { unreadableMessage, type BadgeResult, type BadgeState } from '../lib/badge-view';
import { ScoreBreakdown } from './ScoreBreakdown';
import { VERDICT_LABEL } from './format';

/** What the content script hears from a badge it drew. */
export interface InPageBadgeEvents {
  /** The user followed the contact link of this job. */
  onContact?: (jobId: string) => void;
  /** The result as it is when the badge opens (its stored job and contact link come after its score); the drawn one by default. */
  latest?: () => BadgeResult | null;
  /** The breakdown opened or closed. */
  onOpenChange?: (open: boolean) => void;
}

/**
 * The in-page badge: its collapsed face in plain DOM (lib/badge-pill), its breakdown rendered by Preact into the
 * panel only while the badge is open.
 */
export function drawInPageBadge(
  doc: Document,
  state: Exclude<BadgeState, { kind: 'pending' }>,
  { onContact, latest = () => null, onOpenChange }: InPageBadgeEvents = {},
): HTMLElement {
  if (state.kind === 'unreadable') return drawNote(doc, unreadableMessage(state.failedFields));
  if (state.kind === 'error') return drawNote(doc, state.message);
  const { evaluation } = state.result;
  return drawScoredBadge(doc, { title: state.title, evaluation }, {
    verdictLabel: (verdict) => VERDICT_LABEL[verdict],
    renderBreakdown: (panel) => {
      const { mailto, jobId } = latest() ?? state.result;
      render(
        <ScoreBreakdown title={state.title} evaluation={evaluation} mailto={mailto} onContact={onContact ? () => onContact(jobId) : undefined} />,
        panel,
      );
      return () => render(null, panel);
    },
    onOpenChange,
  });
}
