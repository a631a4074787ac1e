import type { Ref } from 'preact';
import type { Job, JobStatus } from '../lib/model';
import { JobRow } from './JobRow';
import { rowKeyDown } from './useRovingFocus';

interface Props {
  jobs: Job[];
  onOpen: (id: string) => void;
  onStatus: (id: string, status: JobStatus) => void;
  listRef?: Ref<HTMLUListElement>;
  label: string;
}

export function JobList({ jobs, onOpen, onStatus, listRef, label }: Props) {
  return (
    <ul class="job-list" ref={listRef} aria-label={label} onKeyDown={rowKeyDown}>
      {jobs.map((job) => (
        <JobRow key={job.id} job={job} onOpen={onOpen} onStatus={onStatus} />
      ))}
    </ul>
  );
}
