// Parsing stored and imported records: a record that fails the schema is reported with the path of its first bad
// field, never passed on and never allowed to crash the read.
import { Job } from '../model';
import type { z } from '../zod';

export interface CorruptRecord {
  /** The record's id when it has a readable one. */
  id: string | null;
  problem: string;
}

/** "posting.title: Invalid input: expected string, received number" — the first issue, with its path. */
export function issueText(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    prefix,
  );
  return path ? `${path}: ${issue.message}` : issue.message;
}

export type ParsedRecord = { ok: true; job: Job } | { ok: false; corrupt: CorruptRecord };

export function parseJobRecord(row: unknown): ParsedRecord {
  const parsed = Job.safeParse(row);
  if (parsed.success) return { ok: true, job: parsed.data };
  const id = row && typeof row === 'object' && typeof (row as { id?: unknown }).id === 'string'
    ? (row as { id: string }).id
    : null;
  return { ok: false, corrupt: { id, problem: `Stored job ${id ?? '(no id)'} is unreadable: ${issueText(parsed.error)}` } };
}

/** The valid jobs of a batch of rows, and a report of the rest. */
export function parseJobRecords(rows: readonly unknown[]): { jobs: Job[]; corrupt: CorruptRecord[] } {
  const jobs: Job[] = [];
  const corrupt: CorruptRecord[] = [];
  for (const row of rows) {
    if (row === undefined) continue;
    const parsed = parseJobRecord(row);
    if (parsed.ok) jobs.push(parsed.job);
    else corrupt.push(parsed.corrupt);
  }
  return { jobs, corrupt };
}

/** The value parsed by the schema; throws "<what>: <path>: <problem>" (a bug upstream, never stored). */
export function parsedOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${what}: ${issueText(parsed.error)}`);
  return parsed.data;
}

export function validJob(job: Job): Job {
  return parsedOrThrow(Job, job, `Job ${job.id} not saved`);
}
