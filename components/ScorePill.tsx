import type { Verdict } from '../lib/model';
import { VERDICT_LABEL } from './format';

export function ScorePill({ score, verdict }: { score: number; verdict: Verdict }) {
  return (
    <span class={`score score-${verdict}`} title={`Score ${Math.round(score)} of 100: ${VERDICT_LABEL[verdict]}`}>
      {Math.round(score)}
    </span>
  );
}

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  return <span class={`tag tag-${verdict}`}>{VERDICT_LABEL[verdict]}</span>;
}
