// The extension pages' access to the job store: the pages share the background's origin, so they open the same
// IndexedDB directly. Dexie's liveQuery re-runs a read whenever the background (or another page) writes.
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JobStatus, Profile } from '../lib/model';
import { DEFAULT_PROFILE } from '../lib/score/profile';
import { openJobDb, type JobDb } from '../lib/store/db';
import {
  countByStatus, DEFAULT_PAGE_SIZE, hideCompany, queryJobs, setHidden, setNotes, setStatus, storedBoards, unhideCompany, type JobCursor, type JobQuery,
} from '../lib/store/jobs';
import { boardHealthReport, dismissBoardHealth } from '../lib/store/health';
import { loadProfile } from '../lib/store/settings';

let sharedDb: JobDb | undefined;

export function jobDb(): JobDb {
  sharedDb ??= openJobDb();
  return sharedDb;
}

export interface Live<T> {
  value: T | undefined;
  error: Error | undefined;
}

/**
 * Subscribes to a read of the store; `key` says when the read itself changes. A read that is not `enabled` yet waits
 * (value undefined): a page starts its secondary reads after the one it shows first.
 */
export function useLive<T>(read: () => Promise<T>, key: string, enabled = true): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    if (!enabled) return;
    const subscription = liveQuery(read).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((previous) => ({ value: previous.value, error: error instanceof Error ? error : new Error(String(error)) })),
    });
    return () => subscription.unsubscribe();
  }, [key, enabled]);
  return state;
}

/**
 * A page of a list. Each page remembers where the next one starts (JobPage.next), so that "Next" reads on from there
 * rather than counting the earlier pages' jobs again (JobQuery.after); the places are forgotten when the list changes.
 */
export function useJobQuery(query: JobQuery) {
  const starts = useRef({ list: '', at: new Map<number, JobCursor>() });
  const { offset = 0, limit = DEFAULT_PAGE_SIZE, after: _after, ...list } = query;
  const listKey = JSON.stringify(list);
  if (starts.current.list !== listKey) starts.current = { list: listKey, at: new Map() };
  const remembered = starts.current;
  const after = remembered.at.get(offset);
  const paged = after ? { ...query, after } : query;
  return useLive(async () => {
    const page = await queryJobs(jobDb(), paged);
    if (page.next) remembered.at.set(offset + limit, page.next);
    return page;
  }, JSON.stringify(paged));
}

export function useStatusCounts(enabled = true) {
  return useLive(() => countByStatus(jobDb()), 'status-counts', enabled);
}

/** The boards present in the store, for the board filter. */
export function useBoards(enabled = true) {
  return useLive(() => storedBoards(jobDb()), 'boards', enabled);
}

export function useJob(id: string | null) {
  return useLive(async () => (id ? ((await jobDb().jobs.get(id)) ?? null) : null), `job:${id}`);
}

/** Boards whose last pages could not be fully read (see lib/store/health), and the notice's dismissal. */
export function useBoardHealth(enabled = true) {
  const reports = useLive(() => boardHealthReport(jobDb()), 'board-health', enabled).value ?? [];
  const dismiss = () => dismissBoardHealth(jobDb(), reports.map((report) => report.board));
  return { reports, dismiss };
}

export function useProfile(enabled = true) {
  return useLive<Profile>(() => loadProfile(jobDb(), DEFAULT_PROFILE), 'profile', enabled);
}

/** The writes a page offers; a failed write (storage full, database gone) is reported in the store's words. */
export function useJobActions() {
  const [error, setError] = useState<string | null>(null);
  const report = (write: Promise<unknown>) =>
    write.then(
      () => setError(null),
      (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)),
    );
  const actions = {
    onStatus: (id: string, status: JobStatus) => void report(setStatus(jobDb(), id, status)),
    onNotes: (id: string, notes: string) => setNotes(jobDb(), id, notes),
    onHidden: (id: string, hidden: boolean) => void report(setHidden(jobDb(), id, hidden)),
    onBlockCompany: (company: string) => void report(hideCompany(jobDb(), company)),
    onUnblockCompany: (company: string) => void report(unhideCompany(jobDb(), company)),
    copy: (text: string) => navigator.clipboard.writeText(text),
  };
  return { actions, error, dismissError: () => setError(null) };
}
