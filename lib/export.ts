// Getting jobs out and back in: a CSV for spreadsheets and a versioned JSON backup that merges into any database
// without duplicating a job or losing the user's history and notes.
import { Job, Profile, type JobSource } from './model';
import { z } from './zod';
import { guarded, type JobDb } from './store/db';
import { fingerprint } from './store/dedupe';
import { readJobBatches } from './store/jobs';
import { type CorruptRecord, issueText, parseJobRecords, validJob } from './store/records';
import { loadProfileWithProblem, saveProfile } from './store/settings';

const MS_PER_DAY = 86_400_000;
/** The first millisecond of the year 10000, where toISOString switches to six-digit years. */
const YEAR_10000 = 253_402_300_800_000;
const twoDigits = (n: number) => (n < 10 ? '0' : '') + n;

/**
 * new Date(time).toISOString(), computed without a Date from 1970 to 9999: a CSV formats three times a job, and a Date
 * each time was a third of the time spent writing its text. Days become a civil date by H. Hinnant's civil_from_days
 * (days counted from 0000-03-01, in eras of 400 years).
 */
function iso(time: number): string {
  if (!Number.isInteger(time) || time < 0 || time >= YEAR_10000) return new Date(time).toISOString();
  const days = Math.floor(time / MS_PER_DAY);
  const ms = time - days * MS_PER_DAY;
  const sinceMarch0 = days + 719_468;
  const era = Math.floor(sinceMarch0 / 146_097);
  const dayOfEra = sinceMarch0 - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
  const seconds = Math.floor(ms / 1_000);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(Math.floor(seconds / 3_600))}:` +
    `${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}.${String(ms % 1_000).padStart(3, '0')}Z`;
}

const CSV_COLUMNS: [header: string, cell: (job: Job) => string | number | boolean][] = [
  ['id', (job) => job.id],
  ['status', (job) => job.status],
  ['score', (job) => job.score],
  ['verdict', (job) => job.verdict],
  ['title', (job) => job.posting.title],
  ['company', (job) => job.company],
  ['location', (job) => job.posting.location],
  ['workplace', (job) => job.evaluation.workplace],
  ['remote scope', (job) => job.remoteScope ?? ''],
  ['remote regions', (job) => job.evaluation.remoteRegions.join('; ')],
  ['employment', (job) => job.evaluation.employment.join('; ')],
  ['salary', (job) => job.posting.salary?.text ?? ''],
  ['date posted', (job) => job.posting.datePosted ?? ''],
  ['board', (job) => job.board],
  ['url', (job) => job.posting.url],
  ['apply url', (job) => job.posting.applyUrl ?? ''],
  ['source urls', (job) => job.sources.map((source) => source.url).join('; ')],
  ['source boards', (job) => job.sources.map((source) => source.board).join('; ')],
  ['emails', (job) => job.posting.emails.join('; ')],
  ['first seen', (job) => iso(job.firstSeen)],
  ['last seen', (job) => iso(job.lastSeen)],
  ['reposts', (job) => job.repostCount],
  ['hidden', (job) => job.hidden],
  ['status history', (job) => job.statusHistory.map((entry) => `${entry.status}@${iso(entry.at)}`).join('; ')],
  ['notes', (job) => job.notes],
  [
    'criteria',
    (job) =>
      job.evaluation.criteria
        .map((criterion) => `${criterion.id} ${criterion.points}/${criterion.maxPoints}${criterion.met === null ? ' (unknown)' : ''}`)
        .join('; '),
  ],
  ['conflicts', (job) => job.evaluation.conflicts.join('; ')],
  ['missing fields', (job) => job.posting.missing.join('; ')],
  ['description', (job) => job.posting.description],
];

// A spreadsheet runs a cell that starts like a formula; a leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = `\uFEFF${CSV_COLUMNS.map(([header]) => csvCell(header)).join(',')}\r\n`;

// A row is built by appending cells (an export writes 1.5 million cells, an array each would be garbage), the rows are
// joined: appending them too would leave the batch a tree of a few ten thousand pieces, kept until the file is made
// and walked by every garbage collection meanwhile.
function csvRows(jobs: readonly Job[]): string {
  const rows: string[] = [];
  for (const job of jobs) {
    let row = '';
    for (let i = 0; i < CSV_COLUMNS.length; i++) row += (i ? ',' : '') + csvCell(CSV_COLUMNS[i][1](job));
    rows.push(row, '\r\n');
  }
  return rows.join('');
}

/** RFC 4180 CSV, one row per job, CRLF line ends, with a UTF-8 BOM so that spreadsheets read accents right. */
export function jobsToCsv(jobs: readonly Job[]): string {
  return CSV_HEADER + csvRows(jobs);
}

export const BACKUP_FORMAT = 'jobfit-backup';
export const BACKUP_VERSION = 1;

const BackupEnvelope = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() });
const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  profile: Profile,
  jobs: z.array(Job),
});

/** The backup's text up to its jobs array, which comes last, and after it: the jobs are written in between. */
function backupFrame(profile: Profile, now: number): [opening: string, closing: string] {
  const empty: z.infer<typeof Backup> = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: iso(now), profile, jobs: [] };
  const text = JSON.stringify(empty);
  return [text.slice(0, -2), text.slice(-2)];
}

/** `jobs` as JSON array elements, without the brackets, so that batches join with commas. */
const jsonElements = (jobs: readonly Job[]) => JSON.stringify(jobs).slice(1, -1);

export function backupJson(jobs: Job[], profile: Profile, now = Date.now()): string {
  const [opening, closing] = backupFrame(profile, now);
  return opening + jsonElements(jobs) + closing;
}

/** A file's text in parts, for a Blob: an export never builds one string of the whole database. */
export interface ExportFile {
  parts: string[];
  jobs: number;
  /** Stored records that failed the schema: left out of the file, reported to the user. */
  corrupt: CorruptRecord[];
}

async function exportInParts(db: JobDb, opening: string, batchText: (jobs: Job[]) => string, separator: string, closing: string): Promise<ExportFile> {
  const file: ExportFile = { parts: [opening], jobs: 0, corrupt: [] };
  for await (const batch of readJobBatches(db)) {
    file.corrupt.push(...batch.corrupt);
    if (batch.jobs.length === 0) continue;
    file.parts.push((file.jobs ? separator : '') + batchText(batch.jobs));
    file.jobs += batch.jobs.length;
  }
  file.parts.push(closing);
  return file;
}

/** The CSV of every stored job (jobsToCsv's format), read and written a batch at a time. */
export function exportCsv(db: JobDb): Promise<ExportFile> {
  return exportInParts(db, CSV_HEADER, csvRows, '', '');
}

/** The JSON backup of every stored job and the profile (backupJson's format), read and written a batch at a time. */
export function exportBackup(db: JobDb, profile: Profile, now = Date.now()): Promise<ExportFile> {
  const [opening, closing] = backupFrame(profile, now);
  return exportInParts(db, opening, jsonElements, ',', closing);
}

/** The backup's jobs and profile; throws an Error naming the first bad field ("jobs[3].posting.title: …"). */
export function parseBackup(text: string): { jobs: Job[]; profile: Profile } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`Not a JobFit backup: the file is not JSON (${error instanceof Error ? error.message : error}).`);
  }
  const envelope = BackupEnvelope.safeParse(data);
  if (!envelope.success) throw new Error(`Not a JobFit backup: ${issueText(envelope.error)}.`);
  if (envelope.data.version > BACKUP_VERSION) {
    throw new Error(`This backup was made by a newer JobFit (backup version ${envelope.data.version}); update JobFit to import it.`);
  }
  const backup = Backup.safeParse(data);
  if (!backup.success) throw new Error(`The backup is damaged at ${issueText(backup.error)}.`);
  return { jobs: backup.data.jobs, profile: backup.data.profile };
}

function mergeSources(a: JobSource[], b: JobSource[]): JobSource[] {
  const byPosting = new Map<string, JobSource>();
  for (const source of [...a, ...b]) {
    const known = byPosting.get(source.postingId);
    byPosting.set(
      source.postingId,
      known
        ? {
            ...(source.lastSeen >= known.lastSeen ? source : known),
            firstSeen: Math.min(known.firstSeen, source.firstSeen),
            lastSeen: Math.max(known.lastSeen, source.lastSeen),
          }
        : source,
    );
  }
  return [...byPosting.values()];
}

const MAX_NOTES = Job.shape.notes.maxLength ?? Infinity;

function mergeNotes(a: string, b: string): string {
  if (a.includes(b)) return a;
  if (b.includes(a)) return b;
  const both = `${a}\n\n${b}`;
  return both.length <= MAX_NOTES ? both : a.length >= b.length ? a : b;
}

/** Two records of one job: the later sighting's posting, every source, every status change, both notes. */
export function mergeJobs(current: Job, incoming: Job): Job {
  const later = incoming.lastSeen > current.lastSeen ? incoming : current;
  const history = new Map<string, Job['statusHistory'][number]>();
  for (const entry of [...current.statusHistory, ...incoming.statusHistory]) history.set(`${entry.at}|${entry.status}`, entry);
  const statusHistory = [...history.values()].sort((a, b) => a.at - b.at);
  const lastChange = (job: Job) => job.statusHistory[job.statusHistory.length - 1]?.at ?? -Infinity;
  return {
    ...later,
    id: current.id,
    fingerprint: fingerprint(later.posting),
    sources: mergeSources(current.sources, incoming.sources),
    repostCount: Math.max(current.repostCount, incoming.repostCount),
    firstSeen: Math.min(current.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(current.lastSeen, incoming.lastSeen),
    status: lastChange(incoming) > lastChange(current) ? incoming.status : current.status,
    statusHistory,
    notes: mergeNotes(current.notes, incoming.notes),
    hidden: current.hidden || incoming.hidden,
  };
}

/**
 * Merges a backup into the database in one transaction: a job already stored (same id, or sharing a source
 * posting) is merged, never duplicated, so importing the same file twice changes nothing. The backup's profile is
 * restored only when no valid profile is stored.
 */
export async function importBackup(
  db: JobDb,
  text: string,
): Promise<{ added: number; merged: number; profileRestored: boolean }> {
  const backup = parseBackup(text);
  return guarded(() =>
    db.transaction('rw', db.jobs, db.settings, async () => {
      const stored = new Map<string, Job>();
      const byPostingId = new Map<string, string>();
      const remember = (job: Job) => {
        stored.set(job.id, job);
        for (const source of job.sources) byPostingId.set(source.postingId, job.id);
      };
      parseJobRecords(await db.jobs.bulkGet(backup.jobs.map((job) => job.id))).jobs.forEach(remember);
      const postingIds = backup.jobs.flatMap((job) => job.sources.map((source) => source.postingId));
      parseJobRecords(await db.jobs.where('postingIds').anyOf(postingIds).toArray()).jobs.forEach(remember);

      const written = new Map<string, Job>();
      let added = 0;
      let merged = 0;
      for (const incoming of backup.jobs) {
        const knownId = stored.has(incoming.id)
          ? incoming.id
          : incoming.sources.map((source) => byPostingId.get(source.postingId)).find((id) => id !== undefined);
        const current = knownId === undefined ? undefined : stored.get(knownId);
        const job = current ? validJob(mergeJobs(current, incoming)) : incoming;
        if (current) merged++;
        else added++;
        remember(job);
        written.set(job.id, job);
      }
      await db.jobs.bulkPut([...written.values()]);

      const { fromStorage } = await loadProfileWithProblem(db, backup.profile);
      if (!fromStorage) await saveProfile(db, backup.profile);
      return { added, merged, profileRestored: !fromStorage };
    }),
  );
}
