import { JOB_STATUSES, type JobStatus } from '../lib/model';
import { STATUS_LABEL } from './format';

interface Props {
  value: JobStatus;
  onChange: (status: JobStatus) => void;
  /** Names the job, for screen readers: a list holds many of these selects. */
  jobLabel: string;
  compact?: boolean;
}

export function StatusSelect({ value, onChange, jobLabel, compact }: Props) {
  return (
    <select
      class={`status-select status-${value}${compact ? ' status-select-compact' : ''}`}
      aria-label={`Status of ${jobLabel}`}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as JobStatus)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
    >
      {JOB_STATUSES.map((status) => (
        <option key={status} value={status}>
          {STATUS_LABEL[status]}
        </option>
      ))}
    </select>
  );
}
