// The numbers behind the dashboard's charts, computed from the jobs the filters select.
import { JOB_STATUSES, REMOTE_SCOPES, type Job, type JobStatus, type RemoteScope, type Verdict } from '../../lib/model';

export type JobFacts = Pick<Job, 'status' | 'firstSeen' | 'verdict' | 'score' | 'board' | 'remoteScope'>;

export interface JobStats {
  total: number;
  byStatus: Record<JobStatus, number>;
  /** Oldest first; `weekStart` is a local Monday 00:00. */
  perWeek: { weekStart: number; byVerdict: Record<Verdict, number> }[];
  /** Ten bins of ten points (the last one holds 90–100). */
  scoreBins: { from: number; to: number; byVerdict: Record<Verdict, number> }[];
  /** Most jobs first. */
  byBoard: { board: string; count: number }[];
  byRemote: Record<RemoteScope | 'none', number>;
  /** null when there are no jobs. */
  medianScore: number | null;
}

const zeroVerdicts = (): Record<Verdict, number> => ({ match: 0, maybe: 0, skip: 0 });

export function weekStart(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  const sinceMonday = (day.getDay() + 6) % 7;
  day.setDate(day.getDate() - sinceMonday);
  return day.getTime();
}

/** The local Mondays that start the last `count` weeks, this one last. */
export function recentWeekStarts(count: number, now: number): number[] {
  const starts = [weekStart(now)];
  while (starts.length < count) starts.unshift(addDays(starts[0], -7));
  return starts;
}

export function addDays(at: number, days: number): number {
  const date = new Date(at);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

export function jobStats(jobs: readonly JobFacts[], { weeks = 12, now = Date.now() } = {}): JobStats {
  const byStatus = Object.fromEntries(JOB_STATUSES.map((status) => [status, 0])) as Record<JobStatus, number>;
  const byRemote = Object.fromEntries([...REMOTE_SCOPES, 'none'].map((scope) => [scope, 0])) as Record<RemoteScope | 'none', number>;
  const boards = new Map<string, number>();

  const weekStarts = recentWeekStarts(weeks, now);
  const perWeek = weekStarts.map((start) => ({ weekStart: start, byVerdict: zeroVerdicts() }));
  const weekIndex = new Map(weekStarts.map((start, index) => [start, index]));
  const scoreBins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, byVerdict: zeroVerdicts() }));

  for (const job of jobs) {
    byStatus[job.status] += 1;
    byRemote[job.remoteScope ?? 'none'] += 1;
    boards.set(job.board, (boards.get(job.board) ?? 0) + 1);
    const week = weekIndex.get(weekStart(job.firstSeen));
    if (week !== undefined) perWeek[week].byVerdict[job.verdict] += 1;
    const bin = Math.min(9, Math.max(0, Math.floor(job.score / 10)));
    scoreBins[bin].byVerdict[job.verdict] += 1;
  }

  const scores = jobs.map((job) => job.score).sort((a, b) => a - b);
  const middle = scores.length >> 1;
  const medianScore = scores.length === 0 ? null : scores.length % 2 ? scores[middle] : (scores[middle - 1] + scores[middle]) / 2;

  return {
    total: jobs.length,
    medianScore,
    byStatus,
    perWeek,
    scoreBins,
    byBoard: [...boards].map(([board, count]) => ({ board, count })).sort((a, b) => b.count - a.count || a.board.localeCompare(b.board)),
    byRemote,
  };
}

