import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DashboardCharts } from '../../components/charts/DashboardCharts';
import { EmptyState, FirstRunHelp, StoreOpening } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { DEFAULT_FILTERS, isFiltered, PAGE_SIZE, toJobQuery, type JobFilters } from '../../components/filters';
import { JobDetail } from '../../components/JobDetail';
import { JobTable } from '../../components/JobTable';
import { isTyping } from '../../components/keyboard';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { useJobActions, jobDb, useBoards, useJob, useJobQuery, useLive, useProfile } from '../../components/useJobStore';
import { loadJobStats } from './load-stats';

export function App() {
  const [filters, setFilters] = useState<JobFilters>(DEFAULT_FILTERS);
  const [page, setPage] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);

  const query = toJobQuery(filters, page);
  const result = useJobQuery(query);
  const stats = useLive(() => loadJobStats(jobDb(), filters), JSON.stringify(filters)).value;
  const storeSize = useLive(() => jobDb().jobs.count(), 'store-size').value;
  const boards = useBoards().value ?? [];
  const profile = useProfile().value;
  const openJob = useJob(openId).value;
  const { actions: jobActions, error: writeError, dismissError } = useJobActions();

  const changeFilters = (change: Partial<JobFilters>) => {
    setFilters((previous) => ({ ...previous, ...change }));
    setPage(0);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && openId) {
        event.preventDefault();
        const row = document.querySelector<HTMLElement>(`tr[data-job-id="${CSS.escape(openId)}"]`);
        setOpenId(null);
        row?.focus();
      } else if (event.key === '/' && !isTyping(event)) {
        event.preventDefault();
        document.querySelector<HTMLInputElement>('.filter-search')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openId]);

  return (
    <div class={`dashboard${openJob ? ' dashboard-with-detail' : ''}`}>
      <header class="dashboard-header">
        <div>
          <h1>JobFit dashboard</h1>
          <p class="muted">
            {isFiltered(filters) ? 'Charts and table follow the filters below.' : 'Every job JobFit has scored, kept on this computer only.'}
          </p>
        </div>
        <span class="spacer" />
        <span class="shortcut-hints muted" aria-hidden="true">
          <kbd>/</kbd> search <kbd>↑</kbd><kbd>↓</kbd> rows <kbd>↵</kbd> open <kbd>Esc</kbd> close
        </span>
        <button type="button" class="btn" onClick={() => browser.runtime.openOptionsPage()}>Settings</button>
      </header>

      {writeError && <Notice ok={false} message={writeError} onDismiss={dismissError} />}
      {storeSize === 0 ? (
        <FirstRunHelp />
      ) : (
        <>
          {stats && <DashboardCharts stats={stats} />}
          <div class="dashboard-body">
            <section class="dashboard-table" aria-label="Job table">
              <FilterBar filters={filters} onChange={changeFilters} boards={boards} allowHidden />
              {result.error ? (
                <EmptyState title="The job table could not be read">
                  <p>{result.error.message}</p>
                </EmptyState>
              ) : result.value && result.value.total === 0 ? (
                <EmptyState title="Nothing matches these filters">
                  <button type="button" class="btn" onClick={() => changeFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}>Clear filters</button>
                </EmptyState>
              ) : result.value ? (
                <>
                  <JobTable jobs={result.value.jobs} openId={openId} onOpen={setOpenId} onStatus={jobActions.onStatus} />
                  <Pager page={page} pageSize={PAGE_SIZE} total={result.value.total} exact={result.value.totalExact} onPage={setPage} />
                </>
              ) : (
                <StoreOpening />
              )}
            </section>
            {openJob && profile && (
              <aside class="dashboard-detail" aria-label="Selected job">
                <JobDetail job={openJob} profile={profile} onBack={() => setOpenId(null)} backLabel="Close" {...jobActions} />
              </aside>
            )}
          </div>
        </>
      )}
    </div>
  );
}
