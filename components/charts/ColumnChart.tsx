// Vertical columns, stacked when there is more than one series: matches per week, the score histogram.
export interface Series {
  key: string;
  label: string;
  color: string;
}

export interface Column {
  label: string;
  values: Record<string, number>;
}

interface Props {
  id: string;
  title: string;
  series: Series[];
  columns: Column[];
  emptyText?: string;
}

const WIDTH = 420;
const HEIGHT = 176;
const AXIS = 18;
const TOP = 14;

export function ColumnChart({ id, title, series, columns, emptyText = 'No jobs yet.' }: Props) {
  const totals = columns.map((column) => series.reduce((sum, s) => sum + (column.values[s.key] ?? 0), 0));
  const max = Math.max(0, ...totals);
  const slot = WIDTH / Math.max(columns.length, 1);
  const barWidth = Math.max(4, slot * 0.68);
  const plot = HEIGHT - AXIS - TOP;
  const labelEvery = Math.ceil(columns.length / 6);
  const summary = columns
    .map((column, index) => `${column.label}: ${series.map((s) => `${column.values[s.key] ?? 0} ${s.label.toLowerCase()}`).join(', ')} (${totals[index]})`)
    .join('; ');

  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="chart-title">
        {title}
        {series.length > 1 && (
          <span class="chart-legend" aria-hidden="true">
            {series.map((s) => (
              <span key={s.key}><i style={{ background: s.color }} />{s.label}</span>
            ))}
          </span>
        )}
      </figcaption>
      {max === 0 ? (
        <p class="chart-empty muted">{emptyText}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}. ${summary}`} class="chart-svg">
          <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} class="chart-axis" />
          {columns.map((column, index) => {
            const x = index * slot + (slot - barWidth) / 2;
            let stacked = 0;
            return (
              <g key={column.label} data-column={column.label} data-total={totals[index]}>
                <title>{`${column.label}: ${series.map((s) => `${column.values[s.key] ?? 0} ${s.label.toLowerCase()}`).join(', ')}`}</title>
                {series.map((s) => {
                  const value = column.values[s.key] ?? 0;
                  const height = (plot * value) / max;
                  stacked += height;
                  return value > 0 ? <rect key={s.key} x={x} y={HEIGHT - AXIS - stacked} width={barWidth} height={height} fill={s.color} /> : null;
                })}
                {totals[index] > 0 && (
                  <text x={x + barWidth / 2} y={HEIGHT - AXIS - stacked - 3} class="chart-value" text-anchor="middle">{totals[index]}</text>
                )}
                {index % labelEvery === 0 && (
                  <text x={x + barWidth / 2} y={HEIGHT - 4} class="chart-label" text-anchor="middle">{column.label}</text>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
