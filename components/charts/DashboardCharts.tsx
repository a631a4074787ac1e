import { JOB_STATUSES, REMOTE_SCOPES } from '../../lib/model';
import { boardName, REMOTE_SCOPE_LABEL, STATUS_LABEL } from '../format';
import { BarChart } from './BarChart';
import { ColumnChart, type Series } from './ColumnChart';
import type { JobStats } from './stats';

const VERDICT_SERIES: Series[] = [
  { key: 'match', label: 'Match', color: 'var(--match)' },
  { key: 'maybe', label: 'Maybe', color: 'var(--chart-3)' },
  { key: 'skip', label: 'Skip', color: 'var(--border-strong)' },
];

function weekLabel(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

export function DashboardCharts({ stats }: { stats: JobStats }) {
  return (
    <div class="charts">
      <BarChart
        id="chart-status"
        title="Pipeline: jobs by status"
        bars={JOB_STATUSES.map((status) => ({ label: STATUS_LABEL[status], value: stats.byStatus[status] }))}
      />
      <ColumnChart
        id="chart-weeks"
        title="Matches per week"
        series={VERDICT_SERIES.slice(0, 2)}
        columns={stats.perWeek.map((week) => ({ label: weekLabel(week.weekStart), values: week.byVerdict }))}
        emptyText="No match or maybe in the last weeks."
      />
      <ColumnChart
        id="chart-scores"
        title="Score distribution"
        series={VERDICT_SERIES}
        columns={stats.scoreBins.map((bin) => ({ label: String(bin.from), values: bin.byVerdict }))}
      />
      <BarChart
        id="chart-boards"
        title="Jobs by board"
        bars={stats.byBoard.slice(0, 8).map(({ board, count }) => ({ label: boardName(board), value: count, color: 'var(--chart-2)' }))}
      />
      <BarChart
        id="chart-remote"
        title="Jobs by remote scope"
        bars={[...REMOTE_SCOPES, 'none' as const].map((scope) => ({ label: REMOTE_SCOPE_LABEL[scope], value: stats.byRemote[scope], color: 'var(--chart-3)' }))}
      />
    </div>
  );
}
