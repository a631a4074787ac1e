export interface SummaryBarProps {
  matches: number;
  total: number;
  /** Postings read so far while a long page is being evaluated; null when done. */
  progress: { done: number; total: number } | null;
  hideOthers: boolean;
  onToggleHideOthers: (hide: boolean) => void;
  onPrevious: () => void;
  onNext: () => void;
}

/** The thread-level summary: how many posts match, a filter, and match-to-match navigation (also j/k, n/p). */
export function SummaryBar({ matches, total, progress, hideOthers, onToggleHideOthers, onPrevious, onNext }: SummaryBarProps) {
  return (
    <div class="jf bar" role="region" aria-label="JobFit summary">
      <span>
        JobFit: <strong data-matches={matches}>{matches}</strong> of {total} posts match
      </span>
      {progress && (
        <span class="muted" role="status">
          reading {progress.done}/{progress.total}…
        </span>
      )}
      <label>
        <input type="checkbox" checked={hideOthers} onChange={(event) => onToggleHideOthers((event.currentTarget as HTMLInputElement).checked)} />{' '}
        hide others
      </label>
      <button type="button" onClick={onPrevious} disabled={matches === 0} title="Previous match (k or p)" aria-label="Previous match">
        ‹
      </button>
      <button type="button" onClick={onNext} disabled={matches === 0} title="Next match (j or n)" aria-label="Next match">
        ›
      </button>
    </div>
  );
}
