import type { Job, JobStatus } from '../lib/model';
import { boardName, relativeDay, remoteLabel, shortDate, VERDICT_LABEL } from './format';
import { ScorePill } from './ScorePill';
import { StatusSelect } from './StatusSelect';
import { rowKeyDown } from './useRovingFocus';

interface Props {
  jobs: Job[];
  openId: string | null;
  onOpen: (id: string) => void;
  onStatus: (id: string, status: JobStatus) => void;
  now?: number;
}

export function JobTable({ jobs, openId, onOpen, onStatus, now }: Props) {
  return (
    <table class="job-table" aria-label="Jobs">
      <thead>
        <tr>
          <th scope="col" class="col-score">Score</th>
          <th scope="col">Role</th>
          <th scope="col">Remote</th>
          <th scope="col">Board</th>
          <th scope="col" class="col-optional">Seen</th>
          <th scope="col" class="col-optional">Posted</th>
          <th scope="col" class="col-status">Status</th>
        </tr>
      </thead>
      <tbody onKeyDown={rowKeyDown}>
        {jobs.map((job) => {
          const title = job.posting.title || 'Untitled role';
          return (
            <tr
              key={job.id}
              data-job-id={job.id}
              data-row-focus
              tabIndex={0}
              aria-selected={job.id === openId}
              class={job.hidden ? 'job-row-hidden' : undefined}
              onClick={() => onOpen(job.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(job.id);
              }}
            >
              <td class="col-score">
                <ScorePill score={job.score} verdict={job.verdict} />
                <span class="sr-only">{VERDICT_LABEL[job.verdict]}</span>
              </td>
              <td class="col-role">
                <span class="job-row-title">{title}</span>
                <span class="muted">{job.company || job.posting.company}</span>
              </td>
              <td>{remoteLabel(job.evaluation.workplace, job.remoteScope)}</td>
              <td>{boardName(job.board)}</td>
              <td class="num col-optional">{relativeDay(job.lastSeen, now)}</td>
              <td class="num col-optional">{job.posting.datePosted ? shortDate(job.posting.datePosted) : '—'}</td>
              <td class="col-status">
                <StatusSelect compact value={job.status} jobLabel={title} onChange={(status) => onStatus(job.id, status)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
