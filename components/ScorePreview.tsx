import type { Evaluation } from '../lib/model';
import { VERDICT_LABEL } from './format';
import { ScoreBreakdown } from './ScoreBreakdown';
import { ScorePill } from './ScorePill';

interface Props {
  sample: string;
  onSample: (text: string) => void;
  onResetSample: () => void;
  evaluation: Evaluation;
  /** The form has an error: the preview shows the last valid settings. */
  stale: boolean;
}

export function ScorePreview({ sample, onSample, onResetSample, evaluation, stale }: Props) {
  return (
    <section class="score-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Live preview</h2>
      <p class="section-hint">How your settings score a posting. Paste one of your own; the first line reads “Company | Role | Location”.</p>
      <label for="sample-posting" class="field-label">Sample posting</label>
      <textarea id="sample-posting" rows={9} value={sample} onInput={(event) => onSample(event.currentTarget.value)} />
      <button type="button" class="btn btn-sm btn-ghost preview-reset" onClick={onResetSample}>Restore the sample</button>
      <div class="preview-result" aria-live="polite" data-testid="preview-score" data-score={Math.round(evaluation.score)} data-verdict={evaluation.verdict}>
        <ScorePill score={evaluation.score} verdict={evaluation.verdict} />
        <span>
          <strong>{VERDICT_LABEL[evaluation.verdict]}</strong>
          <span class="muted"> · {Math.round(evaluation.score)} of 100</span>
        </span>
      </div>
      {stale && <p class="field-error">Showing the last valid settings: fix the highlighted fields.</p>}
      <ScoreBreakdown evaluation={evaluation} />
    </section>
  );
}
