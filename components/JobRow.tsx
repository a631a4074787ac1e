import type { Job, JobStatus } from '../lib/model';
import { boardName, relativeDay, remoteLabel, VERDICT_LABEL } from './format';
import { ScorePill } from './ScorePill';
import { StatusSelect } from './StatusSelect';

interface Props {
  job: Job;
  onOpen: (id: string) => void;
  onStatus: (id: string, status: JobStatus) => void;
  now?: number;
}

export function JobRow({ job, onOpen, onStatus, now }: Props) {
  const { posting, evaluation } = job;
  const title = posting.title || 'Untitled role';
  const company = job.company || posting.company || 'Unknown company';
  return (
    <li class={`job-row${job.hidden ? ' job-row-hidden' : ''}`} data-job-id={job.id}>
      <button
        type="button"
        class="job-row-main"
        data-row-focus
        onClick={() => onOpen(job.id)}
        aria-label={`${title} at ${company}, score ${Math.round(job.score)}, ${VERDICT_LABEL[job.verdict]}`}
      >
        <ScorePill score={job.score} verdict={job.verdict} />
        <span class="job-row-text">
          <span class="job-row-title">{title}</span>
          <span class="job-row-company">{company}</span>
          <span class="job-row-meta">
            <span class={`verdict-word verdict-${job.verdict}`}>{VERDICT_LABEL[job.verdict]}</span>
            <span aria-hidden="true"> · </span>
            {remoteLabel(evaluation.workplace, evaluation.remoteScope)}
            <span aria-hidden="true"> · </span>
            {boardName(job.board)}
            <span aria-hidden="true"> · </span>
            <span class="faint">{relativeDay(job.lastSeen, now)}</span>
          </span>
        </span>
      </button>
      <StatusSelect compact value={job.status} jobLabel={title} onChange={(status) => onStatus(job.id, status)} />
    </li>
  );
}
