import { describe, expect, it, vi } from 'vitest';
import { freshDb, wrapTables, T0 } from './helpers';
import { makeEvaluation, makeJob, makePosting, makeProfile } from '../factories';
import { JobDb, StorageError } from '../../../lib/store/db';
import {
  getJob, hideCompany, queryJobs, readAllJobs, rescoreAll, saveEvaluated, setStatus,
} from '../../../lib/store/jobs';
import { blockedCompanies, loadProfile, loadProfileWithProblem, saveProfile } from '../../../lib/store/settings';

/** The browser refusing writes to the jobs table once `full` is set, as a full disk would. */
function withQuotaFailure(db: JobDb): { full: boolean } {
  const state = { full: false };
  wrapTables(db, 'quotaFailure', (table) => ({
    mutate(request) {
      if (state.full && table.name === 'jobs') {
        return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      }
      return table.mutate(request);
    },
  }));
  return state;
}

describe('corrupt records', () => {
  async function withCorruptRow(db: JobDb) {
    await saveEvaluated(db, makePosting({ boardJobId: 'good', id: 'greenhouse:good' }), makeEvaluation({ score: 70 }), T0);
    const broken = { ...makeJob({ id: 'broken', score: 99 }), posting: { title: 42 } };
    await db.jobs.put(broken as never);
  }

  it('are skipped and reported by queries, never crashing them', async () => {
    const db = freshDb();
    await withCorruptRow(db);
    const page = await queryJobs(db, {});
    expect(page.jobs.map((job) => job.id)).toEqual(['greenhouse:good']);
    expect(page.corrupt).toEqual([{ id: 'broken', problem: expect.stringContaining('posting.') }]);
    const search = await queryJobs(db, { text: 'acme' });
    expect(search.jobs.map((job) => job.id)).toEqual(['greenhouse:good']);
    expect(search.corrupt.map((record) => record.id)).toEqual(['broken']);
    const all = await readAllJobs(db);
    expect(all.jobs).toHaveLength(1);
    expect(all.corrupt[0].problem).toMatch(/Stored job broken is unreadable: posting\./);
  });

  it('are left alone by rescoreAll, and reading one by id says what is wrong', async () => {
    const db = freshDb();
    await withCorruptRow(db);
    expect(await rescoreAll(db, makeProfile(), () => makeEvaluation({ score: 5, verdict: 'skip' }))).toBe(1);
    await expect(getJob(db, 'broken')).rejects.toThrow(/posting\./);
    await expect(setStatus(db, 'broken', 'applied')).rejects.toBeInstanceOf(StorageError);
  });
});

describe('storage errors', () => {
  it('maps a quota error to StorageError "quota" and writes nothing', async () => {
    const db = freshDb();
    const quota = withQuotaFailure(db);
    const job = await saveEvaluated(db, makePosting(), makeEvaluation(), T0);
    quota.full = true;
    const failure = saveEvaluated(db, makePosting({ boardJobId: '2', id: 'greenhouse:2', title: 'Other' }), makeEvaluation(), T0);
    await expect(failure).rejects.toMatchObject({ name: 'StorageError', kind: 'quota', message: expect.stringMatching(/Storage is full/) });
    await expect(setStatus(db, job.id, 'applied')).rejects.toMatchObject({ kind: 'quota' });
    // hideCompany writes settings first: the failed jobs write must roll that back too.
    await expect(hideCompany(db, job.company)).rejects.toMatchObject({ kind: 'quota' });
    expect(await blockedCompanies(db)).toEqual(new Set());
    expect(await db.jobs.count()).toBe(1);
    expect((await getJob(db, job.id))?.status).toBe('new');
  });

  it('maps IndexedDB being unavailable to StorageError "unavailable"', async () => {
    const refusing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const db = new JobDb(`jobfit-test-${crypto.randomUUID()}`, { indexedDB: refusing as never, IDBKeyRange });
    await expect(queryJobs(db, {})).rejects.toMatchObject({ name: 'StorageError', kind: 'unavailable' });
  });
});

describe('settings', () => {
  it('saves and loads the profile', async () => {
    const db = freshDb();
    const profile = makeProfile({ name: 'Grace' });
    await saveProfile(db, profile);
    expect(await loadProfile(db, makeProfile())).toEqual(profile);
  });

  it('falls back to the given profile when none is stored or the stored one is bad, and says why', async () => {
    const db = freshDb();
    const fallback = makeProfile({ name: 'Fallback' });
    expect(await loadProfileWithProblem(db, fallback)).toEqual({ profile: fallback, fromStorage: false, problem: null });
    await db.settings.put({ key: 'profile', value: { ...makeProfile(), thresholds: { match: 'high', maybe: 40 } } });
    const loaded = await loadProfileWithProblem(db, fallback);
    expect(loaded.profile).toBe(fallback);
    expect(loaded.problem).toMatch(/thresholds\.match/);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadProfile(db, fallback)).toBe(fallback);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/saved profile is invalid/));
    warn.mockRestore();
  });

  it('refuses to save an invalid profile, naming the field', async () => {
    const db = freshDb();
    await expect(saveProfile(db, { ...makeProfile(), employmentWanted: [] })).rejects.toThrow(/employmentWanted/);
  });
});
