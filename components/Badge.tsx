import { useState } from 'preact/hooks';
import type { PostingResult } from '../lib/messages';
import { topReasons, unreadableMessage } from '../lib/badge-view';
import { ScoreBreakdown } from './ScoreBreakdown';
import { VERDICT_LABEL } from './format';

export type BadgeState =
  | { kind: 'pending' }
  | { kind: 'scored'; title: string; result: PostingResult }
  | { kind: 'unreadable'; failedFields: string[] }
  | { kind: 'error'; message: string };

export interface BadgeProps {
  state: BadgeState;
  onContact?: (jobId: string) => void;
}

/**
 * The compact in-page badge: score, verdict and the two reasons that weighed most. Hovering, focusing or clicking
 * it opens the full breakdown; Escape closes it.
 */
export function Badge({ state, onContact }: BadgeProps) {
  const [hovered, setHovered] = useState(false);
  const [pinned, setPinned] = useState(false);
  if (state.kind === 'pending') return <span class="jf pending"><span class="pill note">JobFit…</span></span>;
  if (state.kind === 'unreadable') return <span class="jf error" role="status"><span class="pill note">{unreadableMessage(state.failedFields)}</span></span>;
  if (state.kind === 'error') return <span class="jf error" role="status"><span class="pill note">{state.message}</span></span>;

  const { evaluation, mailto, jobId } = state.result;
  const reasons = topReasons(evaluation);
  const open = hovered || pinned;
  return (
    <span
      class={`jf ${evaluation.verdict}${open ? ' open' : ''}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocusIn={() => setHovered(true)}
      onFocusOut={(event) => {
        if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) setHovered(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          setPinned(false);
          setHovered(false);
        }
      }}
    >
      <button
        type="button"
        class="pill"
        aria-expanded={open}
        title="JobFit: why this score"
        onClick={() => setPinned(!pinned)}
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
