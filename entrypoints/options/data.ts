// Export and import of the whole store, for the "Your data" section.
import { downloadText } from '../../components/download';
import { plural } from '../../components/format';
import { jobDb } from '../../components/useJobStore';
import { backupJson, importBackup, jobsToCsv } from '../../lib/export';
import { DEFAULT_PROFILE } from '../../lib/score/profile';
import { readAllJobs } from '../../lib/store/jobs';
import { loadProfile } from '../../lib/store/settings';

export async function exportJobs(format: 'csv' | 'json'): Promise<void> {
  const db = jobDb();
  const { jobs } = await readAllJobs(db);
  const day = new Date().toISOString().slice(0, 10);
  if (format === 'csv') downloadText(`jobfit-jobs-${day}.csv`, jobsToCsv(jobs), 'text/csv');
  else downloadText(`jobfit-backup-${day}.json`, backupJson(jobs, await loadProfile(db, DEFAULT_PROFILE)), 'application/json');
}

export async function importJobs(text: string): Promise<string> {
  const { added, merged, profileRestored } = await importBackup(jobDb(), text);
  const profile = profileRestored ? ' Your profile was restored from it too.' : '';
  return `Imported the backup: ${plural(added, 'job')} added, ${plural(merged, 'job')} merged with ones already here.${profile}`;
}
