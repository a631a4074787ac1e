import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BoardHealthNotice } from '../../components/BoardHealthNotice';
import { EmptyState, FirstRunHelp, StoreOpening } from '../../components/EmptyState';
import { FilterBar } from '../../components/FilterBar';
import { DEFAULT_FILTERS, isFiltered, PAGE_SIZE, toJobQuery, type JobFilters } from '../../components/filters';
import { JobDetail } from '../../components/JobDetail';
import { JobList } from '../../components/JobList';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { StatusCounts } from '../../components/StatusCounts';
import { focusFirstRow } from '../../components/useRovingFocus';
import { useJobActions, useBoardHealth, useBoards, useJob, useJobQuery, useProfile, useStatusCounts } from '../../components/useJobStore';
import { isTyping } from '../../components/keyboard';
import { useSavedFilters } from '../../components/useSavedFilters';
import { evaluateActiveTab } from './evaluate';

export function App() {
  const [filters, setFilters] = useSavedFilters('jobfit.popup.filters');
  const [page, setPage] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [evaluation, setEvaluation] = useState<{ busy: boolean; ok?: boolean; message?: string }>({ busy: false });
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const lastOpened = useRef<string | null>(null);

  const result = useJobQuery(toJobQuery(filters, page));
  // The list first: the counts, boards and the rest read the same database and would hold its first page back.
  const listRead = result.value !== undefined || result.error !== undefined;
  const counts = useStatusCounts(listRead).value;
  const boards = useBoards(listRead).value ?? [];
  const profile = useProfile(listRead).value;
  const openJob = useJob(openId).value;
  const boardHealth = useBoardHealth(listRead);
  const { actions: jobActions, error: writeError, dismissError } = useJobActions();

  const changeFilters = (change: Partial<JobFilters>) => {
    setFilters((previous) => ({ ...previous, ...change }));
    setPage(0);
  };
  const closeDetail = () => setOpenId(null);

  // The keys read the job open now, not the one open when the listener was added: a listener added again after each
  // change (an effect, run after the next paint) still saw the closed job for a '/' typed right after Escape, and
  // ignored it.
  const shownId = useRef(openId);
  shownId.current = openId;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && shownId.current) {
        event.preventDefault();
        closeDetail();
      } else if (event.key === '/' && !isTyping(event) && !shownId.current) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Back from a job: focus returns to its row, so that the arrows carry on from there.
  const detailShown = Boolean(openId && openJob);
  useEffect(() => {
    if (openId) {
      lastOpened.current = openId;
      if (detailShown) document.querySelector<HTMLElement>('.job-detail-bar button')?.focus();
      return;
    }
    // Unless the user went on meanwhile ('/' to search, right after Escape): the detail's button had the focus, and
    // with it gone nothing has.
    const focused = document.activeElement;
    if (focused && focused !== document.body) return;
    const row = lastOpened.current === null ? null : listRef.current?.querySelector<HTMLElement>(`[data-job-id="${CSS.escape(lastOpened.current)}"] [data-row-focus]`);
    row?.focus();
  }, [openId, detailShown]);

  const evaluate = async () => {
    setEvaluation({ busy: true });
    const outcome = await evaluateActiveTab();
    setEvaluation({ busy: false, ...outcome });
  };

  const totalJobs = counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : undefined;

  return (
    <div class="popup-app">
      <header class="popup-header">
        <h1 class="brand">JobFit</h1>
        <span class="spacer" />
        <button type="button" class="btn btn-primary btn-sm" onClick={evaluate} disabled={evaluation.busy}>
          {evaluation.busy ? 'Reading…' : 'Evaluate this page'}
        </button>
        <button
          type="button"
          class="btn btn-sm btn-ghost"
          title="Open the dashboard in a tab"
          onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
        >
          Dashboard
        </button>
        <button type="button" class="btn btn-sm btn-ghost" title="Your profile and what counts" onClick={() => browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      {evaluation.message && (
        <Notice class="popup-notice" ok={Boolean(evaluation.ok)} message={evaluation.message} onDismiss={() => setEvaluation({ busy: false })} />
      )}
      <BoardHealthNotice class="popup-notice" reports={boardHealth.reports} onDismiss={() => void boardHealth.dismiss()} />
      {writeError && <Notice class="popup-notice" ok={false} message={writeError} onDismiss={dismissError} />}

      {openId && openJob && profile ? (
        <main class="popup-detail">
          <JobDetail job={openJob} profile={profile} onBack={closeDetail} {...jobActions} />
        </main>
      ) : (
        <>
          {counts && totalJobs ? <StatusCounts counts={counts} active={filters.status} onSelect={(status) => changeFilters({ status })} /> : null}
          {totalJobs !== 0 && (
            <FilterBar filters={filters} onChange={changeFilters} boards={boards} searchRef={searchRef} onSearchArrowDown={() => focusFirstRow(listRef.current)} />
          )}
          <main class="popup-list">
            {result.error ? (
              <EmptyState title="The shortlist could not be read">
                <p>{result.error.message}</p>
              </EmptyState>
            ) : totalJobs === 0 ? (
              <FirstRunHelp />
            ) : result.value && result.value.total === 0 ? (
              // Until the counts tell an empty store from filters that match nothing, say neither.
              counts ? (
                <EmptyState title="Nothing matches these filters">
                  {isFiltered(filters) && (
                    <button type="button" class="btn" onClick={() => changeFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}>
                      Clear filters
                    </button>
                  )}
                </EmptyState>
              ) : null
            ) : result.value ? (
              <JobList jobs={result.value.jobs} onOpen={setOpenId} onStatus={jobActions.onStatus} listRef={listRef} label="Shortlist" />
            ) : (
              <StoreOpening />
            )}
          </main>
          <footer class="popup-footer">
            {result.value && <Pager page={page} pageSize={PAGE_SIZE} total={result.value.total} exact={result.value.totalExact} onPage={setPage} />}
            <span class="spacer" />
            <span class="shortcut-hints" aria-hidden="true">
              <kbd>/</kbd> search <kbd>↑</kbd><kbd>↓</kbd> move <kbd>↵</kbd> open
            </span>
          </footer>
        </>
      )}
    </div>
  );
}
