// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../../components/charts/BarChart';
import { ColumnChart } from '../../../components/charts/ColumnChart';
import { DashboardCharts } from '../../../components/charts/DashboardCharts';
import { jobStats, weekStart, type JobFacts } from '../../../components/charts/stats';

afterEach(cleanup);

const DAY = 86_400_000;
const now = new Date(2026, 10, 27, 15).getTime(); // a Friday

function fact(overrides: Partial<JobFacts>): JobFacts {
  return { status: 'new', firstSeen: now, verdict: 'match', score: 80, board: 'lever', remoteScope: 'anywhere', ...overrides };
}

describe('jobStats', () => {
  const jobs = [
    fact({ score: 100, status: 'contacted' }),
    fact({ score: 90, verdict: 'match', board: 'hackernews' }),
    fact({ score: 55, verdict: 'maybe', remoteScope: 'restricted', firstSeen: now - 7 * DAY, board: 'hackernews' }),
    fact({ score: 9.9, verdict: 'skip', remoteScope: null, firstSeen: now - 8 * DAY, status: 'archived', board: 'hackernews' }),
    fact({ score: 0, verdict: 'skip', remoteScope: null, firstSeen: now - 400 * DAY }),
  ];
  const stats = jobStats(jobs, { weeks: 4, now });

  it('counts jobs per status and per remote scope', () => {
    expect(stats.total).toBe(5);
    expect(stats.medianScore).toBe(55);
    expect(stats.byStatus).toMatchObject({ new: 3, contacted: 1, archived: 1, applied: 0 });
    expect(stats.byRemote).toEqual({ anywhere: 2, restricted: 1, unspecified: 0, none: 2 });
  });

  it('orders boards by their number of jobs', () => {
    expect(stats.byBoard).toEqual([{ board: 'hackernews', count: 3 }, { board: 'lever', count: 2 }]);
  });

  it('bins scores by tens, 100 in the top bin, split by verdict', () => {
    expect(stats.scoreBins).toHaveLength(10);
    expect(stats.scoreBins[9]).toEqual({ from: 90, to: 100, byVerdict: { match: 2, maybe: 0, skip: 0 } });
    expect(stats.scoreBins[5].byVerdict.maybe).toBe(1);
    expect(stats.scoreBins[0].byVerdict.skip).toBe(2);
  });

  it('counts the last weeks by the Monday they start on, ignoring older jobs', () => {
    expect(stats.perWeek.map((week) => week.weekStart)).toEqual([3, 2, 1, 0].map((back) => weekStart(now - back * 7 * DAY)));
    expect(new Date(stats.perWeek[3].weekStart).getDay()).toBe(1);
    expect(stats.perWeek.map((week) => week.byVerdict)).toEqual([
      { match: 0, maybe: 0, skip: 0 },
      { match: 0, maybe: 0, skip: 0 },
      { match: 0, maybe: 1, skip: 1 },
      { match: 2, maybe: 0, skip: 0 },
    ]);
  });
});

describe('charts', () => {
  it('draws one bar per value, scaled to the largest, with the number written next to it', () => {
    const { container } = render(<BarChart id="t" title="By board" bars={[{ label: 'Lever', value: 10 }, { label: 'Indeed', value: 5 }]} />);
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-label')).toBe('By board. Lever: 10, Indeed: 5');
    const widths = [...container.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(widths[0]).toBeCloseTo(widths[1] * 2);
    expect([...container.querySelectorAll('.chart-value')].map((t) => t.textContent)).toEqual(['10', '5']);
  });

  it('says so instead of drawing an empty chart', () => {
    render(<BarChart id="t" title="By board" bars={[{ label: 'Lever', value: 0 }]} emptyText="Nothing here." />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Nothing here.')).toBeTruthy();
  });

  it('stacks the series of a column and labels its total', () => {
    const { container } = render(
      <ColumnChart
        id="c"
        title="Per week"
        series={[{ key: 'match', label: 'Match', color: 'green' }, { key: 'maybe', label: 'Maybe', color: 'orange' }]}
        columns={[{ label: 'W1', values: { match: 2, maybe: 1 } }, { label: 'W2', values: { match: 0, maybe: 6 } }]}
      />,
    );
    const columns = [...container.querySelectorAll('[data-column]')];
    expect(columns.map((c) => c.getAttribute('data-total'))).toEqual(['3', '6']);
    const [w1Match, w1Maybe, w2Maybe] = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')));
    expect(w1Match).toBeCloseTo(w2Maybe / 3);
    expect(w1Maybe).toBeCloseTo(w2Maybe / 6);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('W2: 0 match, 6 maybe (6)');
  });

  it('gives the dashboard a summary and five titled charts', () => {
    render(<DashboardCharts stats={jobStats([fact({})], { now })} />);
    expect(screen.getAllByRole('figure').map((figure) => figure.querySelector('figcaption')?.textContent?.replace(/MatchMaybe.*$/, ''))).toEqual([
      'At a glance', 'Pipeline: jobs by status', 'Matches per week', 'Score distribution', 'Jobs by board', 'Jobs by remote scope',
    ]);
  });
});
