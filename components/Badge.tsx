import { Component } from 'preact';
import type { ScoredPosting } from '../lib/messages';
import { topReasons, unreadableMessage } from '../lib/badge-view';
import { ScoreBreakdown } from './ScoreBreakdown';
import { VERDICT_LABEL } from './format';

/** A posting's score, and the stored job it belongs to (until it is stored: its own id). */
export type BadgeResult = ScoredPosting & { jobId: string };

export type BadgeState =
  | { kind: 'pending' }
  | { kind: 'scored'; title: string; result: BadgeResult }
  | { kind: 'unreadable'; failedFields: string[] }
  | { kind: 'error'; message: string };

export interface BadgeProps {
  state: BadgeState;
  onContact?: (jobId: string) => void;
}

interface BadgeOpen {
  hovered: boolean;
  pinned: boolean;
}

/**
 * The compact in-page badge: score, verdict and the two reasons that weighed most. Hovering, focusing or clicking
 * it opens the full breakdown; Escape closes it. A class rather than hooks: the hooks module would be the only
 * part of it in the content script, which every board page loads.
 */
export class Badge extends Component<BadgeProps, BadgeOpen> {
  override state: BadgeOpen = { hovered: false, pinned: false };

  override render({ state, onContact }: BadgeProps, { hovered, pinned }: BadgeOpen) {
    if (state.kind === 'pending') return <span class="jf pending"><span class="pill note">JobFit…</span></span>;
    if (state.kind === 'unreadable') return <span class="jf error" role="status"><span class="pill note">{unreadableMessage(state.failedFields)}</span></span>;
    if (state.kind === 'error') return <span class="jf error" role="status"><span class="pill note">{state.message}</span></span>;

    const { evaluation, mailto, jobId } = state.result;
    const reasons = topReasons(evaluation);
    const open = hovered || pinned;
    return (
      <span
        class={`jf ${evaluation.verdict}${open ? ' open' : ''}`}
        onMouseEnter={() => this.setState({ hovered: true })}
        onMouseLeave={() => this.setState({ hovered: false })}
        onFocusIn={() => this.setState({ hovered: true })}
        onFocusOut={(event) => {
          if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.setState({ hovered: false });
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') this.setState({ hovered: false, pinned: false });
        }}
      >
        <button
          type="button"
          class="pill"
          aria-expanded={open}
          title="JobFit: why this score"
          onClick={() => this.setState({ pinned: !pinned })}
        >
          <span class="score">{Math.round(evaluation.score)}</span>
          <span class="verdict">{VERDICT_LABEL[evaluation.verdict]}</span>
          {reasons.length > 0 && (
            <span class="reasons">
              {reasons.map((reason, index) => (
                <span key={reason.text}>
                  {index > 0 ? ' · ' : ''}
                  <span class={reason.positive ? 'yes' : 'no'}>{reason.positive ? '✓' : '✗'}</span> {reason.text}
                </span>
              ))}
            </span>
          )}
        </button>
        {open && (
          <div class="panel" role="dialog" aria-label={`JobFit score for ${state.title || 'this job'}`}>
            <ScoreBreakdown
              title={state.title}
              evaluation={evaluation}
              mailto={mailto}
              onContact={onContact ? () => onContact(jobId) : undefined}
            />
          </div>
        )}
      </span>
    );
  }
}
