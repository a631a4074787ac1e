import type { Ref } from 'preact';
import { JOB_STATUSES, REMOTE_SCOPES, VERDICTS } from '../lib/model';
import { DEFAULT_FILTERS, isFiltered, SORT_LABEL, type JobFilters, type JobSort } from './filters';
import { boardName, REMOTE_SCOPE_LABEL, STATUS_LABEL, VERDICT_LABEL } from './format';

interface Props {
  filters: JobFilters;
  onChange: (change: Partial<JobFilters>) => void;
  boards: string[];
  searchRef?: Ref<HTMLInputElement>;
  /** ArrowDown in the search box: move into the results. */
  onSearchArrowDown?: () => void;
  /** Offer to list hidden jobs too (the dashboard has room for it). */
  allowHidden?: boolean;
}

interface Choice { value: string; label: string }

function FilterSelect({ label, value, choices, onChange, isFilter = true }: { label: string; value: string; choices: Choice[]; onChange: (value: string) => void; isFilter?: boolean }) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.currentTarget.value)} class={isFilter && value !== 'all' ? 'filter-active' : undefined}>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>{choice.label}</option>
      ))}
    </select>
  );
}

export function FilterBar({ filters, onChange, boards, searchRef, onSearchArrowDown, allowHidden }: Props) {
  return (
    <div class="filter-bar" role="search">
      <div class="filter-row">
        <input
          ref={searchRef}
          type="search"
          class="filter-search"
          placeholder="Search title, company, text…"
          aria-label="Search jobs"
          aria-keyshortcuts="/"
          value={filters.text}
          onInput={(event) => onChange({ text: event.currentTarget.value })}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && onSearchArrowDown) {
              event.preventDefault();
              onSearchArrowDown();
            }
          }}
        />
        <FilterSelect
          label="Sort by"
          value={filters.sort}
          choices={(Object.keys(SORT_LABEL) as JobSort[]).map((sort) => ({ value: sort, label: SORT_LABEL[sort] }))}
          onChange={(sort) => onChange({ sort: sort as JobSort })}
          isFilter={false}
        />
      </div>
      <div class="filter-row filter-selects">
        <FilterSelect
          label="Verdict"
          value={filters.verdict}
          choices={[{ value: 'all', label: 'Verdict' }, ...VERDICTS.map((v) => ({ value: v, label: VERDICT_LABEL[v] }))]}
          onChange={(verdict) => onChange({ verdict: verdict as JobFilters['verdict'] })}
        />
        <FilterSelect
          label="Status"
          value={filters.status}
          choices={[{ value: 'all', label: 'Status' }, ...JOB_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))]}
          onChange={(status) => onChange({ status: status as JobFilters['status'] })}
        />
        <FilterSelect
          label="Remote"
          value={filters.remote}
          choices={[
            { value: 'all', label: 'Remote' },
            ...[...REMOTE_SCOPES, 'none' as const].map((scope) => ({ value: scope, label: REMOTE_SCOPE_LABEL[scope] })),
          ]}
          onChange={(remote) => onChange({ remote: remote as JobFilters['remote'] })}
        />
        <FilterSelect
          label="Board"
          value={filters.board}
          choices={[{ value: 'all', label: 'Board' }, ...boards.map((b) => ({ value: b, label: boardName(b) }))]}
          onChange={(board) => onChange({ board })}
        />
        {allowHidden && (
          <label class="check filter-hidden">
            <input type="checkbox" checked={filters.hidden} onChange={(event) => onChange({ hidden: event.currentTarget.checked })} />
            Hidden too
          </label>
        )}
        {isFiltered(filters) && (
          <button type="button" class="btn btn-sm btn-ghost" onClick={() => onChange({ ...DEFAULT_FILTERS, sort: filters.sort })}>
            Clear
          </button>
        )}
      </div>
    </div>
  );
}
