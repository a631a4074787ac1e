// The popup closes whenever it loses focus: its filters and sort are kept in the extension's localStorage so that
// the next opening shows the same view. The search text is not kept: a forgotten search would hide jobs.
import { useEffect, useState } from 'preact/hooks';
import { JobStatus, RemoteScope, Verdict } from '../lib/model';
import { z } from '../lib/zod';
import { DEFAULT_FILTERS, type JobFilters } from './filters';

const SavedFilters = z.object({
  verdict: z.union([Verdict, z.literal('all')]),
  status: z.union([JobStatus, z.literal('all')]),
  board: z.string().max(64),
  remote: z.union([RemoteScope, z.literal('none'), z.literal('all')]),
  sort: z.enum(['score', 'lastSeen', 'firstSeen', 'datePosted']),
  hidden: z.boolean(),
});

export function readSavedFilters(storage: Pick<Storage, 'getItem'>, key: string): JobFilters {
  try {
    const saved = SavedFilters.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
    return saved.success ? { ...saved.data, text: '' } : DEFAULT_FILTERS;
  } catch {
    return DEFAULT_FILTERS;
  }
}

export function useSavedFilters(key: string, storage: Storage = localStorage) {
  const [filters, setFilters] = useState<JobFilters>(() => readSavedFilters(storage, key));
  useEffect(() => {
    const { text: _search, ...kept } = filters;
    storage.setItem(key, JSON.stringify(kept));
  }, [filters]);
  return [filters, setFilters] as const;
}
