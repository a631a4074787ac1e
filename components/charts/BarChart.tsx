// Horizontal bars with their numbers written out: the funnel, boards, remote scopes.
export interface Bar {
  label: string;
  value: number;
  color?: string;
}

interface Props {
  id: string;
  title: string;
  bars: Bar[];
  /** Shown instead of the chart when every bar is zero. */
  emptyText?: string;
}

const WIDTH = 420;
const ROW = 24;
const LABEL = 136;
const VALUE = 44;

export function BarChart({ id, title, bars, emptyText = 'No jobs yet.' }: Props) {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW;
  const summary = bars.map((bar) => `${bar.label}: ${bar.value}`).join(', ');
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="chart-title">{title}</figcaption>
      {max === 0 ? (
        <p class="chart-empty muted">{emptyText}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${title}. ${summary}`} class="chart-svg">
          {bars.map((bar, index) => {
            const width = max > 0 ? ((WIDTH - LABEL - VALUE) * bar.value) / max : 0;
            const y = index * ROW;
            return (
              <g key={bar.label} data-bar={bar.label} data-value={bar.value}>
                <title>{`${bar.label}: ${bar.value}`}</title>
                <text x={LABEL - 8} y={y + ROW / 2} class="chart-label" text-anchor="end" dominant-baseline="central">{bar.label}</text>
                <rect x={LABEL} y={y + 4} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={ROW - 8} rx={3} fill={bar.color ?? 'var(--chart-1)'} />
                <text x={LABEL + width + 6} y={y + ROW / 2} class="chart-value" dominant-baseline="central">{bar.value.toLocaleString()}</text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
