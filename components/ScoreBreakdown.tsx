import type { Evaluation } from '../lib/model';
import { criterionPoints } from '../lib/badge-view';
import { VERDICT_LABEL } from './format';
import { mailtoHref } from './links';

export interface ScoreBreakdownProps {
  evaluation: Evaluation;
  /** The posting's title, when the breakdown stands apart from the job it explains (the in-page badge). */
  title?: string;
  /** A ready mailto: link, when the posting gives an address. */
  mailto?: string | null;
  onContact?: () => void;
}

/** Every criterion with the words that earned its points, the metadata/text conflicts, and the contact link. */
export function ScoreBreakdown({ title, evaluation, mailto, onContact }: ScoreBreakdownProps) {
  return (
    <div class="breakdown">
      {title !== undefined && (
        <h2>
          {Math.round(evaluation.score)}/100 · {VERDICT_LABEL[evaluation.verdict]}
          {title ? ` — ${title}` : ''}
        </h2>
      )}
      <ul class="criteria">
        {evaluation.criteria.map((criterion) => (
          <li key={criterion.id} data-criterion={criterion.id}>
            <div class="crit">
              <span class={criterion.dealbreaker ? 'no' : criterion.met === true ? 'yes' : criterion.met === false ? 'no' : 'silent'}>
                {criterion.dealbreaker ? '✗ ' : criterion.met === true ? '✓ ' : criterion.met === false ? '✗ ' : '? '}
                {criterion.label}
              </span>
              <span class="pts">{criterionPoints(criterion)}</span>
            </div>
            {criterion.evidence ? (
              <div class="evidence">“{criterion.evidence}”</div>
            ) : (
              criterion.met === null && <div class="evidence silent">The posting does not say.</div>
            )}
          </li>
        ))}
      </ul>
      {evaluation.conflicts.length > 0 && (
        <div class="conflicts">
          {evaluation.conflicts.map((conflict) => (
            <div key={conflict}>⚠ {conflict}</div>
          ))}
        </div>
      )}
      {mailtoHref(mailto) && (
        <a class="contact" href={mailtoHref(mailto)} onClick={onContact}>
          Email the employer
        </a>
      )}
    </div>
  );
}
