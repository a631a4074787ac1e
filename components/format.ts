// Words and numbers as the pages show them.
import type { JobStatus, RemoteScope, Verdict, Workplace } from '../lib/model';

export const STATUS_LABEL: Record<JobStatus, string> = {
  new: 'New',
  interested: 'Interested',
  contacted: 'Contacted',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  archived: 'Archived',
};

export const VERDICT_LABEL: Record<Verdict, string> = { match: 'Match', maybe: 'Maybe', skip: 'Skip' };

export const REMOTE_SCOPE_LABEL: Record<RemoteScope | 'none', string> = {
  anywhere: 'Remote, anywhere',
  restricted: 'Remote, some regions',
  unspecified: 'Remote',
  none: 'Not remote',
};

const WORKPLACE_LABEL: Record<Workplace, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  unknown: 'Workplace unknown',
};

const BOARD_NAMES: Record<string, string> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workable: 'Workable',
  workday: 'Workday',
  hackernews: 'Hacker News',
  smartrecruiters: 'SmartRecruiters',
  remoteok: 'Remote OK',
  weworkremotely: 'We Work Remotely',
  glassdoor: 'Glassdoor',
  wellfound: 'Wellfound',
  otta: 'Otta',
  welcometothejungle: 'Welcome to the Jungle',
  generic: 'Other site',
};

export function boardName(board: string): string {
  return BOARD_NAMES[board] ?? board.charAt(0).toUpperCase() + board.slice(1);
}

/** The remote line of a job: its scope when remote, else where it is done. */
export function remoteLabel(workplace: Workplace, scope: RemoteScope | null): string {
  if (workplace === 'remote' || scope) return REMOTE_SCOPE_LABEL[scope ?? 'unspecified'];
  return WORKPLACE_LABEL[workplace];
}

const DAY = 86_400_000;

/** "today", "3 days ago", then a date: the popup's "seen" column. */
export function relativeDay(at: number, now = Date.now()): string {
  const days = Math.floor((startOfDay(now) - startOfDay(at)) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  return shortDate(at);
}

// One formatter for every date: toLocaleDateString builds a new one per call, about 2 ms each (100 ms for a page).
let shortDateFormat: Intl.DateTimeFormat | undefined;

export function shortDate(at: number | string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  shortDateFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return shortDateFormat.format(date);
}

function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
