import type { Job, JobStatus, Profile } from '../lib/model';
import { ContactActions } from './ContactActions';
import { boardName, remoteLabel, shortDate, STATUS_LABEL, VERDICT_LABEL } from './format';
import { webHref } from './links';
import { NotesField } from './NotesField';
import { ScoreBreakdown } from './ScoreBreakdown';
import { ScorePill } from './ScorePill';
import { StatusSelect } from './StatusSelect';

export interface JobActions {
  onStatus: (id: string, status: JobStatus) => void;
  onNotes: (id: string, notes: string) => Promise<unknown>;
  onHidden: (id: string, hidden: boolean) => void;
  onBlockCompany: (company: string) => void;
  onUnblockCompany: (company: string) => void;
  copy: (text: string) => Promise<void>;
}

interface Props extends JobActions {
  job: Job;
  profile: Profile;
  onBack?: () => void;
  backLabel?: string;
}

const BEFORE_CONTACT: readonly JobStatus[] = ['new', 'interested'];

export function JobDetail({ job, profile, onBack, backLabel = '← Back', onStatus, onNotes, onHidden, onBlockCompany, onUnblockCompany, copy }: Props) {
  const { posting, evaluation } = job;
  const title = posting.title || 'Untitled role';
  const company = job.company || posting.company;
  const facts = [
    remoteLabel(evaluation.workplace, evaluation.remoteScope),
    evaluation.remoteRegions.length > 0 ? evaluation.remoteRegions.join(', ') : null,
    evaluation.employment.join(', ') || null,
    posting.salary?.text || null,
    posting.datePosted ? `Posted ${shortDate(posting.datePosted)}` : null,
  ].filter((fact): fact is string => Boolean(fact));
  // A later stage (applied, interviewing…) is not moved back by writing to the company.
  const markContacted = () => {
    if (BEFORE_CONTACT.includes(job.status)) onStatus(job.id, 'contacted');
  };
  const lastChange = job.statusHistory.at(-1);

  return (
    <article class="job-detail" data-job-id={job.id} aria-labelledby="job-detail-title">
      <div class="job-detail-bar">
        {onBack && (
          <button type="button" class="btn btn-sm btn-ghost" onClick={onBack} aria-keyshortcuts="Escape">
            {backLabel} <kbd>Esc</kbd>
          </button>
        )}
        <span class="spacer" />
        <StatusSelect value={job.status} jobLabel={title} onChange={(status) => onStatus(job.id, status)} />
      </div>

      <header class="job-detail-head">
        <ScorePill score={job.score} verdict={job.verdict} />
        <div>
          <h2 id="job-detail-title">
            <a href={webHref(posting.url)} target="_blank" rel="noreferrer noopener">{title}</a>
          </h2>
          <p class="muted">
            {company}
            {posting.location && ` · ${posting.location}`}
          </p>
        </div>
      </header>

      <p class="job-detail-facts">
        <span class={`tag tag-${job.verdict}`}>{VERDICT_LABEL[job.verdict]}</span>
        {facts.map((fact) => (
          <span key={fact} class="tag">{fact}</span>
        ))}
      </p>
      <p class="job-detail-sources muted">
        Seen on{' '}
        {job.sources.map((source, index) => (
          <span key={source.postingId}>
            {index > 0 && ', '}
            <a href={webHref(source.url)} target="_blank" rel="noreferrer noopener">{boardName(source.board)}</a>
          </span>
        ))}
        {job.repostCount > 0 && ` · reposted ${job.repostCount}×`}
        {lastChange && ` · ${STATUS_LABEL[lastChange.status]} since ${shortDate(lastChange.at)}`}
      </p>
      {job.statusHistory.length > 1 && (
        <p class="job-detail-history muted" aria-label="Status history">
          {job.statusHistory.map((step) => `${STATUS_LABEL[step.status]} ${shortDate(step.at)}`).join(' → ')}
        </p>
      )}

      <ContactActions posting={posting} evaluation={evaluation} profile={profile} onContacted={markContacted} copy={copy} />

      <section aria-label="Why this score">
        <h3 class="section-label">Why {Math.round(job.score)}</h3>
        <ScoreBreakdown evaluation={evaluation} />
      </section>

      <NotesField value={job.notes} onSave={(notes) => onNotes(job.id, notes)} />

      <div class="row job-detail-hide">
        <button type="button" class="btn btn-sm" onClick={() => onHidden(job.id, !job.hidden)}>
          {job.hidden ? 'Show this job again' : 'Hide this job'}
        </button>
        {company && job.hidden && (
          <button type="button" class="btn btn-sm" onClick={() => onUnblockCompany(company)}>
            Show every job from {company}
          </button>
        )}
        {company && !job.hidden && (
          <button
            type="button"
            class="btn btn-sm btn-danger"
            onClick={() => {
              if (confirm(`Hide every job from ${company}, now and later?`)) onBlockCompany(company);
            }}
          >
            Block {company}
          </button>
        )}
      </div>
    </article>
  );
}
