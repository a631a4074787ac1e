import { JOB_STATUSES, type JobStatus } from '../lib/model';
import { STATUS_LABEL } from './format';

interface Props {
  counts: Record<JobStatus, number>;
  active: JobStatus | 'all';
  onSelect: (status: JobStatus | 'all') => void;
}

/** One chip per pipeline stage with its count; a chip filters the list to that stage. */
export function StatusCounts({ counts, active, onSelect }: Props) {
  return (
    <div class="status-counts" role="group" aria-label="Jobs per status">
      {JOB_STATUSES.filter((status) => counts[status] > 0 || status === active).map((status) => (
        <button
          key={status}
          type="button"
          class="status-chip"
          aria-pressed={active === status}
          onClick={() => onSelect(active === status ? 'all' : status)}
        >
          {STATUS_LABEL[status]} <span class="num">{counts[status].toLocaleString()}</span>
        </button>
      ))}
    </div>
  );
}
