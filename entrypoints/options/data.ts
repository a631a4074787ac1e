// Export and import of the whole store, for the "Your data" section.
import { downloadText } from '../../components/download';
import { plural } from '../../components/format';
import { jobDb } from '../../components/useJobStore';
import { exportBackup, exportCsv, importBackup } from '../../lib/export';
import { DEFAULT_PROFILE } from '../../lib/score/profile';
import { loadProfile } from '../../lib/store/settings';

/** Downloads every job as CSV or as a JSON backup; resolves to what was exported, unreadable records named. */
export async function exportJobs(format: 'csv' | 'json'): Promise<string> {
  const db = jobDb();
  const day = new Date().toISOString().slice(0, 10);
  const file = format === 'csv' ? await exportCsv(db) : await exportBackup(db, await loadProfile(db, DEFAULT_PROFILE));
  if (format === 'csv') downloadText(`jobfit-jobs-${day}.csv`, file.parts, 'text/csv');
  else downloadText(`jobfit-backup-${day}.json`, file.parts, 'application/json');
  const what = format === 'csv' ? 'as CSV' : 'in a JSON backup';
  const left = file.corrupt.length
    ? ` ${plural(file.corrupt.length, 'unreadable record')} left out: ${file.corrupt.map((record) => record.problem).join(' ')}`
    : '';
  return `Exported ${plural(file.jobs, 'job')} ${what}.${left}`;
}

export async function importJobs(text: string): Promise<string> {
  const { added, merged, profileRestored } = await importBackup(jobDb(), text);
  const profile = profileRestored ? ' Your profile was restored from it too.' : '';
  return `Imported the backup: ${plural(added, 'job')} added, ${plural(merged, 'job')} merged with ones already here.${profile}`;
}
