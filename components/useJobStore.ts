// The extension pages' access to the job store: the pages share the background's origin, so they open the same
// IndexedDB directly. Dexie's liveQuery re-runs a read whenever the background (or another page) writes.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { JobStatus, Profile } from '../lib/model';
import { DEFAULT_PROFILE } from '../lib/score/profile';
import { openJobDb, type JobDb } from '../lib/store/db';
import { countByStatus, hideCompany, queryJobs, setHidden, setNotes, setStatus, unhideCompany, type JobQuery } from '../lib/store/jobs';
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

/** Subscribes to a read of the store; `key` says when the read itself changes. */
export function useLive<T>(read: () => Promise<T>, key: string): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(read).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((previous) => ({ value: previous.value, error: error instanceof Error ? error : new Error(String(error)) })),
    });
    return () => subscription.unsubscribe();
  }, [key]);
  return state;
}

export function useJobQuery(query: JobQuery) {
  return useLive(() => queryJobs(jobDb(), query), JSON.stringify(query));
}

export function useStatusCounts() {
  return useLive(() => countByStatus(jobDb()), 'status-counts');
}

/** The boards present in the store, for the board filter. */
export function useBoards() {
  return useLive(async () => (await jobDb().jobs.orderBy('board').uniqueKeys()).map(String), 'boards');
}

export function useJob(id: string | null) {
  return useLive(async () => (id ? ((await jobDb().jobs.get(id)) ?? null) : null), `job:${id}`);
}

export function useProfile() {
  return useLive<Profile>(() => loadProfile(jobDb(), DEFAULT_PROFILE), 'profile');
}

export const jobActions = {
  onStatus: (id: string, status: JobStatus) => void setStatus(jobDb(), id, status),
  onNotes: (id: string, notes: string) => setNotes(jobDb(), id, notes),
  onHidden: (id: string, hidden: boolean) => void setHidden(jobDb(), id, hidden),
  onBlockCompany: (company: string) => void hideCompany(jobDb(), company),
  onUnblockCompany: (company: string) => void unhideCompany(jobDb(), company),
  copy: (text: string) => navigator.clipboard.writeText(text),
};
