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

function AtAGlance({ stats }: { stats: JobStats }) {
  const matches = stats.scoreBins.reduce((sum, bin) => sum + bin.byVerdict.match, 0);
  const reached = stats.byStatus.contacted + stats.byStatus.applied + stats.byStatus.interviewing + stats.byStatus.offer;
  const share = (part: number) => (stats.total > 0 ? `${Math.round((100 * part) / stats.total)}%` : '—');
  const tiles = [
    { label: 'Jobs', value: stats.total.toLocaleString(), note: 'in view' },
    { label: 'Matches', value: matches.toLocaleString(), note: `${share(matches)} of jobs` },
    { label: 'Contacted or further', value: reached.toLocaleString(), note: `${stats.byStatus.interviewing + stats.byStatus.offer} interviewing or offer` },
    { label: 'Median score', value: stats.medianScore === null ? '—' : String(Math.round(stats.medianScore)), note: 'out of 100' },
  ];
  return (
    <figure class="chart" aria-labelledby="chart-glance-title">
      <figcaption id="chart-glance-title" class="chart-title">At a glance</figcaption>
      <dl class="stat-tiles">
        {tiles.map((tile) => (
          <div key={tile.label} class="stat-tile">
            <dt>{tile.label}</dt>
            <dd class="num">{tile.value}</dd>
            <dd class="stat-note muted">{tile.note}</dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

export function DashboardCharts({ stats }: { stats: JobStats }) {
  return (
    <div class="charts">
      <AtAGlance stats={stats} />
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
        bars={stats.byBoard.slice(0, 8).map(({ board, count }) => ({ label: boardName(board), value: count }))}
      />
      <BarChart
        id="chart-remote"
        title="Jobs by remote scope"
        bars={[...REMOTE_SCOPES, 'none' as const].map((scope) => ({ label: REMOTE_SCOPE_LABEL[scope], value: stats.byRemote[scope] }))}
      />
    </div>
  );
}
