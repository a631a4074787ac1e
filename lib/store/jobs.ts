// Saving, finding and triaging jobs. Every write runs in one Dexie 'rw' transaction (nothing half-written) and
// every record read is parsed with the Job schema; corrupt records are skipped and reported.
import {
  Evaluation, JOB_STATUSES, Job, Posting,
  type JobSource, type JobStatus, type Profile, type RemoteScope, type Verdict,
} from '../model';
import { guarded, JobDb, StorageError } from './db';
import {
  descriptionSimilarity, fingerprint, isAtsPosting, normalizeCompany, REPOST_GAP_MS, SAME_DESCRIPTION_SIMILARITY,
} from './dedupe';
import { type CorruptRecord, parsedOrThrow, parseJobRecord, parseJobRecords, validJob } from './records';
import { blockedCompanies, setBlockedCompanies } from './settings';
import { searchTerms, WHOLE_WORD_MAX_LENGTH } from './words';

/** How a posting relates to a stored job with the same fingerprint. */
type Relation = 'same-posting' | 'other-board' | 'repost' | 'different';

function relationTo(job: Job, posting: Posting, now: number): Relation {
  if (now - job.lastSeen >= REPOST_GAP_MS) return 'repost';
  if (!job.sources.some((source) => source.board === posting.board)) return 'other-board';
  // A second id on the same board: the same text again is a repost, a different text another opening.
  const similarity = descriptionSimilarity(job.posting.description, posting.description);
  return similarity === null || similarity >= SAME_DESCRIPTION_SIMILARITY ? 'repost' : 'different';
}

async function findSameJob(db: JobDb, posting: Posting, now: number): Promise<{ job: Job; relation: Relation } | null> {
  const sameId = parseJobRecords(await db.jobs.where('postingIds').equals(posting.id).toArray()).jobs;
  if (sameId.length > 0) return { job: sameId[0], relation: 'same-posting' };
  const print = fingerprint(posting);
  const [company, title] = print.split('|');
  // Without a company or a title, a fingerprint would join unrelated jobs.
  if (!company || !title) return null;
  const candidates = parseJobRecords(await db.jobs.where('fingerprint').equals(print).toArray()).jobs;
  candidates.sort((a, b) => b.lastSeen - a.lastSeen);
  for (const job of candidates) {
    const relation = relationTo(job, posting, now);
    if (relation !== 'different') return { job, relation };
  }
  return null;
}

/** A half-read page never replaces a whole one; the employer's ATS copy beats an aggregator's. */
function prefersIncoming(current: Posting, incoming: Posting): boolean {
  const currentWhole = current.missing.length === 0;
  const incomingWhole = incoming.missing.length === 0;
  if (currentWhole !== incomingWhole) return incomingWhole;
  if (incoming.id === current.id) return true;
  return isAtsPosting(incoming) || !isAtsPosting(current);
}

function flatFields(posting: Posting, evaluation: Evaluation) {
  return {
    posting,
    evaluation,
    fingerprint: fingerprint(posting),
    score: evaluation.score,
    verdict: evaluation.verdict,
    board: posting.board,
    company: posting.company,
    remoteScope: evaluation.remoteScope,
  };
}

function newJob(posting: Posting, evaluation: Evaluation, now: number): Job {
  return {
    id: posting.id,
    ...flatFields(posting, evaluation),
    sources: [{ postingId: posting.id, board: posting.board, url: posting.url, firstSeen: now, lastSeen: now }],
    repostCount: 0,
    firstSeen: now,
    lastSeen: now,
    status: 'new',
    statusHistory: [{ status: 'new', at: now }],
    notes: '',
    hidden: false,
  };
}

function withSighting(sources: JobSource[], posting: Posting, now: number): JobSource[] {
  const seen = sources.some((source) => source.postingId === posting.id);
  if (!seen) return [...sources, { postingId: posting.id, board: posting.board, url: posting.url, firstSeen: now, lastSeen: now }];
  return sources.map((source) =>
    source.postingId === posting.id
      ? { ...source, url: posting.url || source.url, lastSeen: Math.max(source.lastSeen, now) }
      : source,
  );
}

function mergeSighting(job: Job, posting: Posting, evaluation: Evaluation, now: number, relation: Relation): Job {
  const takeIncoming = prefersIncoming(job.posting, posting);
  return {
    ...job,
    // The evaluation belongs to the posting it judged.
    ...(takeIncoming ? flatFields(posting, evaluation) : {}),
    sources: withSighting(job.sources, posting, now),
    repostCount: job.repostCount + (relation === 'repost' ? 1 : 0),
    firstSeen: Math.min(job.firstSeen, now),
    lastSeen: Math.max(job.lastSeen, now),
  };
}

/**
 * Stores a scored posting: the same posting id, or the same role (fingerprint) on another board, updates the one
 * existing job; a repost counts on it. The user's status, history, notes and hidden flag are never touched.
 */
export async function saveEvaluated(db: JobDb, posting: Posting, evaluation: Evaluation, now = Date.now()): Promise<Job> {
  const validPosting = parsedOrThrow(Posting, posting, 'Posting not saved');
  const validEvaluation = parsedOrThrow(Evaluation, evaluation, 'Evaluation not saved');
  return guarded(() =>
    db.transaction('rw', db.jobs, db.settings, async () => {
      const same = await findSameJob(db, validPosting, now);
      const job = same
        ? mergeSighting(same.job, validPosting, validEvaluation, now, same.relation)
        : newJob(validPosting, validEvaluation, now);
      if (!job.hidden && (await blockedCompanies(db)).has(normalizeCompany(job.company))) job.hidden = true;
      const saved = validJob(job);
      await db.jobs.put(saved);
      return saved;
    }),
  );
}

export type JobSort = 'score' | 'lastSeen' | 'firstSeen' | 'datePosted';

export interface JobQuery {
  /** An empty or absent list does not filter. */
  verdict?: Verdict[];
  status?: JobStatus[];
  board?: string[];
  remoteScope?: (RemoteScope | 'none')[];
  /**
   * Every term must start a word of the title, company, location, description or notes (case and accents ignored);
   * a term of one or two characters must be a whole word. See words.ts.
   */
  text?: string;
  /** Always descending: best, newest first. */
  sort?: JobSort;
  includeHidden?: boolean;
  offset?: number;
  limit?: number;
}

export interface JobPage {
  jobs: Job[];
  /**
   * Matching jobs, counted from the indexes; exact unless a search has a common term and nothing narrows it down
   * (see queryJobs): then the walk stops one match past the page, `totalExact` is false and `total` is
   * offset + limit + 1, meaning "there is more".
   */
  total: number;
  totalExact: boolean;
  /** Records that failed the schema on this page; they are left out of `jobs`. */
  corrupt: CorruptRecord[];
}

export const DEFAULT_PAGE_SIZE = 50;

/** Sort-index keys read from the top before reading the whole index; usually enough for a first screen. */
const WALK_CHUNK = 500;

/**
 * A search term with this many word-index entries or more is common: listing them all would cost more than checking
 * the term on the words of the jobs that pass everything else.
 */
export const COMMON_TERM_ENTRIES = 5_000;

/**
 * Candidates whose words are all read to count a common term's matches exactly; with more, the walk stops one match
 * past the page (reading a job's words costs about as much as listing a few hundred keys).
 */
export const CHECKED_CANDIDATES = 1_000;

/**
 * One screen of jobs. Filters, and each rare term of a text search (through the word index, see words.ts), are
 * answered from indexes as sets of primary keys (keys only, no record read); the top of the sort index is read and
 * filtered, and only the page's records are read. When that does not fill the page, or the filters keep so few jobs
 * that it could not, the whole sort index's keys are read in one call. `total` comes from the key sets.
 * A common term is checked on the words of the jobs that pass the rest: all of them when the rest leaves at most
 * CHECKED_CANDIDATES (exact total), else in sort order until the page and one more match are found.
 */
export async function queryJobs(db: JobDb, query: JobQuery): Promise<JobPage> {
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE));
  const terms = searchTerms(query.text ?? '');
  const sort = query.sort ?? 'score';
  const wordMatches = (term: string) =>
    term.length <= WHOLE_WORD_MAX_LENGTH ? (word: string) => word === term : (word: string) => word.startsWith(term);
  return guarded(() =>
    db.transaction('r', db.jobs, db.jobWords, async () => {
      const filters: [string, readonly string[] | undefined][] = [
        ['verdict', query.verdict],
        ['status', query.status],
        ['board', query.board],
        ['scope', query.remoteScope],
      ];
      const active = filters.filter(([, values]) => values && values.length > 0) as [string, readonly string[]][];
      // One kind of filter and no search (the popup's verdict or status filter): the total is counted from the
      // [field+visible] indexes and the page is found in the records at the top of the sort index, which spares
      // listing every key the filter keeps (tens of thousands). Deep pages and filters that keep few jobs go on below.
      if (terms.length === 0 && active.length === 1) {
        const [field, values] = active[0];
        const counts = await Promise.all(values.map((value) =>
          (query.includeHidden ? db.jobs.where(field).equals(value) : db.jobs.where(`[${field}+visible]`).equals([value, 1])).count()));
        const total = counts.reduce((sum, count) => sum + count, 0);
        const wanted = Math.min(offset + limit, total);
        if (wanted * 4 <= total) {
          const rows = await db.jobs.bulkGet(await db.jobs.orderBy(sort).reverse().limit(WALK_CHUNK).primaryKeys());
          const kept = rows.filter((row) => {
            const flat = row as unknown as Record<string, unknown> | undefined;
            return flat !== undefined && values.includes(flat[field] as string) && (query.includeHidden || flat.visible === 1);
          });
          if (kept.length >= wanted) {
            const page = parseJobRecords(kept.slice(offset, offset + limit));
            return { jobs: page.jobs, total, totalExact: true, corrupt: page.corrupt };
          }
        }
      }
      // One equals() range per value: read in bulk (getAllKeys), where anyOf() would step a cursor key by key.
      const keysWhere = async (index: string, values: readonly (string | number)[]) =>
        new Set((await Promise.all(values.map((value) => db.jobs.where(index).equals(value).primaryKeys()))).flat());
      // A job has one index entry per word, so a prefix can list a job more than once. Null for a common term.
      const rareTermKeys = async (term: string) => {
        const words = db.jobWords.where('words');
        const range = term.length <= WHOLE_WORD_MAX_LENGTH ? words.equals(term) : words.startsWith(term);
        // Counting entries costs far less than listing them.
        return (await range.count()) < COMMON_TERM_ENTRIES ? new Set(await range.primaryKeys()) : null;
      };
      // Asked for all at once: one wait for the database instead of one after the other (the popup's first screen).
      const [required, termKeys, hidden, stored] = await Promise.all([
        Promise.all(active.map(([index, values]) => keysWhere(index, values))),
        Promise.all(terms.map(rareTermKeys)),
        // Few jobs are hidden: excluding them is cheaper than listing the visible ones.
        query.includeHidden ? new Set<string>() : keysWhere('visible', [0]),
        db.jobs.count(),
      ]);
      required.push(...termKeys.filter((keys): keys is Set<string> => keys !== null));
      required.sort((a, b) => a.size - b.size);
      const accepts = (key: string) => !hidden.has(key) && required.every((set) => set.has(key));
      const commonTerms = terms.filter((_, i) => termKeys[i] === null).map(wordMatches);
      const withCommonTerms = async (keys: string[]) => {
        const rows = await db.jobWords.bulkGet(keys);
        return keys.filter((_, i) => commonTerms.every((matches) => (rows[i]?.words ?? []).some(matches)));
      };
      // The keys that pass `accepts`, in sort order: the top of the index, or all of it after the first `skip` (one
      // bulk read: a cursor stepping on through a long walk costs more).
      const topKeys = async () => (await db.jobs.orderBy(sort).reverse().limit(WALK_CHUNK).primaryKeys()).filter(accepts);
      const keysAfter = async (skip: number) => (await db.jobs.orderBy(sort).primaryKeys()).reverse().slice(skip).filter(accepts);

      let pageKeys: string[] = [];
      let total: number;
      let totalExact = true;
      const candidates = commonTerms.length && required.length ? [...required[0]].filter(accepts) : [];
      if (commonTerms.length && (required.length === 0 || candidates.length > CHECKED_CANDIDATES)) {
        // Checked in sort order until the page and one more match are found.
        const wanted = offset + limit + 1;
        for (const keys of [await topKeys(), null]) {
          const walked = keys ?? (await keysAfter(WALK_CHUNK));
          for (let start = 0; start < walked.length && pageKeys.length < wanted; start += WALK_CHUNK) {
            pageKeys.push(...(await withCommonTerms(walked.slice(start, start + WALK_CHUNK))));
          }
          if (pageKeys.length >= wanted) break;
        }
        totalExact = pageKeys.length < wanted;
        total = totalExact ? pageKeys.length : wanted;
      } else {
        if (commonTerms.length) required.push(new Set(await withCommonTerms(candidates)));
        total = required.length ? [...required[0]].filter(accepts).length : stored - hidden.size;
        const wanted = Math.min(offset + limit, total);
        // When fewer than one key in four from the top is expected to pass, the top chunk would rarely fill the page.
        const fromTop = wanted > 0 && wanted * 4 <= total;
        if (fromTop) pageKeys = await topKeys();
        if (pageKeys.length < wanted) pageKeys.push(...(await keysAfter(fromTop ? WALK_CHUNK : 0)));
      }
      const page = parseJobRecords(await db.jobs.bulkGet(pageKeys.slice(offset, offset + limit)));
      return { jobs: page.jobs, total, totalExact, corrupt: page.corrupt };
    }),
  );
}

/** Jobs per status, hidden jobs left out; read from the [status+visible] index without reading records. */
export async function countByStatus(db: JobDb): Promise<Record<JobStatus, number>> {
  return guarded(() =>
    db.transaction('r', db.jobs, async () => {
      const counts = await Promise.all(
        JOB_STATUSES.map((status) => db.jobs.where('[status+visible]').equals([status, 1]).count()),
      );
      return Object.fromEntries(JOB_STATUSES.map((status, i) => [status, counts[i]])) as Record<JobStatus, number>;
    }),
  );
}

export async function getJob(db: JobDb, id: string): Promise<Job | null> {
  const row = await guarded(() => db.jobs.get(id));
  if (row === undefined) return null;
  const parsed = parseJobRecord(row);
  if (!parsed.ok) throw new StorageError('failed', parsed.corrupt.problem);
  return parsed.job;
}

/** The job a posting was saved into, found through any of its sources. */
export async function findJobByPostingId(db: JobDb, postingId: string): Promise<Job | null> {
  const rows = await guarded(() => db.jobs.where('postingIds').equals(postingId).toArray());
  return parseJobRecords(rows).jobs[0] ?? null;
}

/** Jobs read at a time by readJobBatches: large enough to keep the database busy, small enough to stream. */
export const READ_BATCH = 1_000;

/**
 * Every stored job, a batch at a time in id order, each batch parsed, with a report of its unreadable records. The
 * next batch is already being read while the caller handles this one (the database works while the page parses), and
 * a large database is never held in memory at once. Each batch is its own read: a job saved meanwhile may or may not
 * be included, none is listed twice.
 */
export async function* readJobBatches(db: JobDb): AsyncGenerator<{ jobs: Job[]; corrupt: CorruptRecord[] }> {
  const readAfter = (after: string | null) =>
    guarded(() => (after === null ? db.jobs.orderBy(':id') : db.jobs.where(':id').above(after)).limit(READ_BATCH).toArray());
  let rows = await readAfter(null);
  while (rows.length > 0) {
    const next = rows.length === READ_BATCH ? readAfter(rows[rows.length - 1].id) : Promise.resolve([]);
    // A rejection of the read ahead is awaited below; until then it must not count as unhandled.
    next.catch(() => undefined);
    yield parseJobRecords(rows);
    rows = await next;
  }
}

/** Every readable job and a report of the unreadable ones. */
export async function readAllJobs(db: JobDb): Promise<{ jobs: Job[]; corrupt: CorruptRecord[] }> {
  const all = { jobs: [] as Job[], corrupt: [] as CorruptRecord[] };
  for await (const batch of readJobBatches(db)) {
    all.jobs.push(...batch.jobs);
    all.corrupt.push(...batch.corrupt);
  }
  return all;
}

async function updateJob(db: JobDb, id: string, change: (job: Job) => Job): Promise<Job> {
  return guarded(() =>
    db.transaction('rw', db.jobs, async () => {
      const row = await db.jobs.get(id);
      if (row === undefined) throw new StorageError('not-found', `No saved job with id ${id}.`);
      const parsed = parseJobRecord(row);
      if (!parsed.ok) throw new StorageError('failed', parsed.corrupt.problem);
      const saved = validJob(change(parsed.job));
      await db.jobs.put(saved);
      return saved;
    }),
  );
}

/** Moves a job to a status and records when; setting the status it already has changes nothing. */
export async function setStatus(db: JobDb, id: string, status: JobStatus, now = Date.now()): Promise<Job> {
  return updateJob(db, id, (job) =>
    job.status === status ? job : { ...job, status, statusHistory: [...job.statusHistory, { status, at: now }] },
  );
}

export async function setNotes(db: JobDb, id: string, notes: string): Promise<Job> {
  return updateJob(db, id, (job) => ({ ...job, notes }));
}

export async function setHidden(db: JobDb, id: string, hidden: boolean): Promise<Job> {
  return updateJob(db, id, (job) => ({ ...job, hidden }));
}

/** Blocks or unblocks a company and hides or shows its jobs; returns how many jobs changed. */
async function setCompanyHidden(db: JobDb, company: string, hidden: boolean): Promise<number> {
  const key = normalizeCompany(company);
  if (!key) return 0;
  return guarded(() =>
    db.transaction('rw', db.jobs, db.settings, async () => {
      const blocked = await blockedCompanies(db);
      if (hidden) blocked.add(key);
      else blocked.delete(key);
      await setBlockedCompanies(db, blocked);
      const { jobs } = parseJobRecords(await db.jobs.where('companyKey').equals(key).toArray());
      const changed = jobs.filter((job) => job.hidden !== hidden).map((job) => ({ ...job, hidden }));
      await db.jobs.bulkPut(changed);
      return changed.length;
    }),
  );
}

/** Hides every job of the company and remembers it, so that its later postings are saved hidden. */
export async function hideCompany(db: JobDb, company: string): Promise<number> {
  return setCompanyHidden(db, company, true);
}

/** Forgets a blocked company and shows its jobs again. */
export async function unhideCompany(db: JobDb, company: string): Promise<number> {
  return setCompanyHidden(db, company, false);
}

export const RESCORE_CHUNK = 500;

/**
 * Scores every stored job again (after a profile change), a chunk per transaction with a pause between chunks so
 * that a large database never blocks the worker. Returns how many jobs were re-scored; corrupt records are skipped.
 */
export async function rescoreAll(
  db: JobDb,
  profile: Profile,
  scoreFn: (posting: Posting, profile: Profile) => Evaluation,
  onProgress?: (done: number) => void,
): Promise<number> {
  let rescored = 0;
  let after: string | null = null;
  for (;;) {
    const { read, updated } = await guarded(() =>
      db.transaction('rw', db.jobs, async () => {
        const rows = await (after === null ? db.jobs.orderBy(':id') : db.jobs.where(':id').above(after))
          .limit(RESCORE_CHUNK)
          .toArray();
        if (rows.length > 0) after = rows[rows.length - 1].id;
        const { jobs } = parseJobRecords(rows);
        const rescoredJobs = jobs.map((job) => ({
          ...job,
          ...flatFields(job.posting, parsedOrThrow(Evaluation, scoreFn(job.posting, profile), 'Re-scoring failed')),
        }));
        await db.jobs.bulkPut(rescoredJobs);
        return { read: rows.length, updated: rescoredJobs.length };
      }),
    );
    if (read === 0) return rescored;
    rescored += updated;
    onProgress?.(rescored);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
