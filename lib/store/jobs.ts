// Saving, finding and triaging jobs. Every write runs in one Dexie 'rw' transaction (nothing half-written) and
// every record read is parsed with the Job schema; corrupt records are skipped and reported.
import {
  Evaluation, JOB_STATUSES, Job, Posting,
  type JobSource, type JobStatus, type Profile, type RemoteScope, type Verdict,
} from '../model';
import { z } from '../zod';
import { guarded, JobDb, readTransaction, StorageError } from './db';
import {
  descriptionSimilarity, fingerprint, isAtsPosting, normalizeCompany, REPOST_GAP_MS, SAME_DESCRIPTION_SIMILARITY,
} from './dedupe';
import { type CorruptRecord, parsedOrThrow, parseJobRecord, parseJobRecords, validJob } from './records';
import { blockedCompanies, setBlockedCompanies } from './settings';
import { countWhere, facetMatches, facetOf, readCounts, type FacetFilter } from './facets';
import type { SortField } from './index-fields';
import { compareKeys, facetOrderIds, rowsToRead, type JobCursor } from './facet-order';
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

/**
 * The stored jobs a batch of postings may join, found with one read per index for the whole batch: by any of the
 * postings' ids, and by their fingerprints. Updated as the batch is merged, so that a posting joins a job an earlier
 * posting of the same batch created or changed, exactly as when they are saved one after the other.
 */
class SameJobs {
  private readonly byId = new Map<string, Job>();
  private readonly byPostingId = new Map<string, string[]>();
  private readonly byFingerprint = new Map<string, string[]>();

  static async read(db: JobDb, postings: readonly Posting[]): Promise<SameJobs> {
    const prints = [...new Set(postings.map(fingerprint).filter(joinsByFingerprint))];
    // One equals() read per key, all asked at once: anyOf() would step a cursor from key to key, a wait each.
    const rows = await Promise.all([
      ...[...new Set(postings.map((posting) => posting.id))].map((id) => db.jobs.where('postingIds').equals(id).toArray()),
      ...prints.map((print) => db.jobs.where('fingerprint').equals(print).toArray()),
    ]);
    const known = new SameJobs();
    // In primary-key order, as a lookup of one index key lists them.
    parseJobRecords(rows.flat()).jobs.sort((a, b) => compareKeys(a.id, b.id)).forEach((job) => known.set(job));
    return known;
  }

  set(job: Job): void {
    const before = this.byId.get(job.id);
    this.byId.set(job.id, job);
    const list = (lists: Map<string, string[]>, key: string) => {
      const ids = lists.get(key) ?? [];
      if (!ids.includes(job.id)) lists.set(key, [...ids, job.id].sort(compareKeys));
    };
    for (const source of job.sources) list(this.byPostingId, source.postingId);
    if (before && before.fingerprint !== job.fingerprint) {
      this.byFingerprint.set(before.fingerprint, (this.byFingerprint.get(before.fingerprint) ?? []).filter((id) => id !== job.id));
    }
    list(this.byFingerprint, job.fingerprint);
  }

  find(posting: Posting, now: number): { job: Job; relation: Relation } | null {
    const sameId = this.byPostingId.get(posting.id)?.[0];
    if (sameId !== undefined) return { job: this.byId.get(sameId)!, relation: 'same-posting' };
    const print = fingerprint(posting);
    if (!joinsByFingerprint(print)) return null;
    const candidates = (this.byFingerprint.get(print) ?? []).map((id) => this.byId.get(id)!);
    candidates.sort((a, b) => b.lastSeen - a.lastSeen);
    for (const job of candidates) {
      const relation = relationTo(job, posting, now);
      if (relation !== 'different') return { job, relation };
    }
    return null;
  }
}

/** Without a company or a title, a fingerprint would join unrelated jobs. */
function joinsByFingerprint(print: string): boolean {
  const [company, title] = print.split('|');
  return Boolean(company) && Boolean(title);
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

export interface EvaluatedPosting {
  posting: Posting;
  evaluation: Evaluation;
}

/**
 * Stores scored postings in one transaction, with the same result as saving them one after the other: the same
 * posting id, or the same role (fingerprint) on another board, updates the one existing job; a repost counts on it.
 * The user's status, history, notes and hidden flag are never touched. Returns the job each posting became.
 * The stored jobs a posting may join are looked up for the whole batch at once and the jobs written with one bulkPut
 * (their words and counters too, see db.ts): a page's chunk costs a few waits for the database, not a few per posting.
 */
export async function saveEvaluatedMany(db: JobDb, items: readonly EvaluatedPosting[], now = Date.now()): Promise<Job[]> {
  const valid = items.map(({ posting, evaluation }) => ({
    posting: parsedOrThrow(Posting, posting, 'Posting not saved'),
    evaluation: parsedOrThrow(Evaluation, evaluation, 'Evaluation not saved'),
  }));
  if (valid.length === 0) return [];
  return guarded(() =>
    db.transaction('rw', db.jobs, db.settings, async () => {
      const [known, blocked] = await Promise.all([SameJobs.read(db, valid.map(({ posting }) => posting)), blockedCompanies(db)]);
      const written = new Map<string, Job>();
      const saved = valid.map(({ posting, evaluation }) => {
        const same = known.find(posting, now);
        const job = same ? mergeSighting(same.job, posting, evaluation, now, same.relation) : newJob(posting, evaluation, now);
        if (!job.hidden && blocked.has(normalizeCompany(job.company))) job.hidden = true;
        const checked = validJob(job);
        known.set(checked);
        written.set(checked.id, checked);
        return checked;
      });
      await db.jobs.bulkPut([...written.values()]);
      return saved;
    }),
  );
}

/** Stores one scored posting; see saveEvaluatedMany. */
export async function saveEvaluated(db: JobDb, posting: Posting, evaluation: Evaluation, now = Date.now()): Promise<Job> {
  const [saved] = await saveEvaluatedMany(db, [{ posting, evaluation }], now);
  return saved;
}

export type JobSort = SortField;
export type { JobCursor };

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
  /**
   * The place of the job just before `offset` (the previous page's `next`): the page is then read from there instead
   * of counting `offset` jobs from the top, with the same result.
   */
  after?: JobCursor;
  offset?: number;
  limit?: number;
}

export interface JobPage {
  jobs: Job[];
  /**
   * Matching jobs, from the counters; exact unless a search has a common term and nothing narrows it down (see
   * queryJobs): then the walk stops one match past the page, `totalExact` is false and `total` is offset + limit + 1,
   * meaning "there is more".
   */
  total: number;
  totalExact: boolean;
  /** Records that failed the schema on this page; they are left out of `jobs`. */
  corrupt: CorruptRecord[];
  /** The place of the page's last record, where the next page starts; null when the page is empty. */
  next: JobCursor | null;
}

export const DEFAULT_PAGE_SIZE = 50;

/**
 * Records read from the sort index to fill a page by looking at each, at most: beyond that (a filter that keeps few
 * jobs, a deep offset) the page is read from the jobs' order keys (facet-order.ts), or for a search from the keys the
 * filters and terms keep.
 */
const ROWS_WALKED = 1_500;

/** Keys read at a time, at most, when the sort index is walked keys only to check a common term. */
const KEY_CHUNK = 4_000;

/** Jobs kept by the filters and the search that are read and sorted in memory, at most; more are walked in sort order. */
const SORTED_IN_MEMORY = 1_000;

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

type Row = Record<string, unknown> & { id: string };

/**
 * One screen of jobs. The total comes from the counters per facet (facets.ts), never from counting index entries.
 * The page is found in sort order (from the top or right after `after`): when the filters keep enough jobs, by
 * reading records from the sort index ([field+id]) and keeping those that pass; else, without a search, from the
 * jobs' order keys in the ranges of the filter (facet-order.ts); for a search, from the primary keys the
 * filters and each rare term keep (through the indexes and the word index, see words.ts), read and sorted in memory
 * when they are few, or walked keys only in sort order. A common term is checked on the words of the jobs that pass
 * the rest: all of them when the rest leaves at most CHECKED_CANDIDATES (exact total), else in sort order until the
 * page and one more match are found.
 */
export async function queryJobs(db: JobDb, query: JobQuery): Promise<JobPage> {
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE));
  const wanted = offset + limit;
  // Jobs of the list before the place the walks start from.
  const skipped = query.after ? offset : 0;
  const terms = searchTerms(query.text ?? '');
  const sort = query.sort ?? 'score';
  const filter: FacetFilter = {
    verdict: query.verdict, status: query.status, board: query.board, scope: query.remoteScope, includeHidden: query.includeHidden,
  };
  const sortIndex = `[${sort}+id]`;
  const cursorOf = (row: Row): JobCursor => ({ value: row[sort] as number | string, id: row.id });
  const sorted = (after: JobCursor | undefined) =>
    (after ? db.jobs.where(sortIndex).below([after.value, after.id]) : db.jobs.orderBy(sortIndex)).reverse();
  const pageOf = (rows: readonly (Row | undefined)[], total: number, totalExact = true): JobPage => {
    const shown = rows.slice(offset - skipped, wanted - skipped).filter((row): row is Row => row !== undefined);
    const page = parseJobRecords(shown);
    return { jobs: page.jobs, total, totalExact, corrupt: page.corrupt, next: shown.length ? cursorOf(shown[shown.length - 1]) : null };
  };
  const wordMatches = (term: string) =>
    term.length <= WHOLE_WORD_MAX_LENGTH ? (word: string) => word === term : (word: string) => word.startsWith(term);
  return readTransaction(db, [db.jobs, db.jobWords, db.jobOrder, db.facetTotals], async () => {
    const counts = await readCounts(db.facetTotals);
    const stored = countWhere(counts, { includeHidden: true });
    const kept = countWhere(counts, filter);
    if (terms.length === 0 && kept === 0) return pageOf([], 0);
    // The sort index after `after`, records read a chunk at a time, keeping the rows `keep` keeps, until the list
    // has `enough`. The first chunk is sized as if the filters kept every record, as they nearly do where they
    // follow the sort (the top jobs by score are the matches); the next ones by the share of jobs they keep.
    const walkRows = async (keep: (rows: Row[]) => Promise<Row[]> | Row[], enough: number) => {
      const found: Row[] = [];
      for (let after = query.after, share = 1; skipped + found.length < enough; share = kept / stored) {
        const chunk = rowsToRead(enough - skipped - found.length, share);
        const read = (await sorted(after).limit(chunk).toArray()) as unknown as Row[];
        found.push(...(await keep(read)));
        if (read.length < chunk) break;
        after = cursorOf(read[read.length - 1]);
      }
      return found;
    };
    const keptByFilters = (rows: Row[]) => rows.filter((row) => facetMatches(facetOf(row), filter));
    // Filters that keep one job in three need about 150 records read for a page of 50.
    const fewRowsToWalk = (enough: number) => kept > 0 && ((enough - skipped) * stored) / kept <= ROWS_WALKED;
    // The page's records, the keys before it standing in for the records skipped.
    const pageOfKeys = async (keys: string[], total: number, totalExact = true) => {
      const before = keys.slice(0, offset - skipped) as unknown[] as Row[];
      const page = (await db.jobs.bulkGet(keys.slice(offset - skipped, wanted - skipped))) as unknown as (Row | undefined)[];
      return pageOf([...before, ...page], total, totalExact);
    };
    if (terms.length === 0) {
      if (fewRowsToWalk(wanted)) return pageOf(await walkRows(keptByFilters, wanted), kept);
      const ids = await facetOrderIds(db.jobOrder, { filter, counts, kept, sort, after: query.after, count: wanted - skipped });
      return pageOfKeys(ids, kept);
    }

    // A job has one index entry per word, so a prefix can list a job more than once. Null for a common term: listing
    // stops at COMMON_TERM_ENTRIES (counting a range would step through all of it).
    const rareTermKeys = async (term: string) => {
      const words = db.jobWords.where('words');
      const range = term.length <= WHOLE_WORD_MAX_LENGTH ? words.equals(term) : words.startsWith(term);
      const keys = await range.limit(COMMON_TERM_ENTRIES).primaryKeys();
      return keys.length < COMMON_TERM_ENTRIES ? new Set(keys) : null;
    };
    const termKeys = await Promise.all(terms.map(rareTermKeys));
    const commonTerms = terms.filter((_, i) => termKeys[i] === null).map(wordMatches);
    const withCommonTerms = async (keys: string[]) => {
      const rows = await db.jobWords.bulkGet(keys);
      return keys.filter((_, i) => commonTerms.every((matches) => (rows[i]?.words ?? []).some(matches)));
    };
    // Only common terms, under filters that keep many jobs: records in sort order, kept by the filters, then by the
    // words, until the page and one more match are found (listing the filters' keys would cost more).
    if (terms.length > 0 && commonTerms.length === terms.length && fewRowsToWalk(wanted + 1)) {
      const found = await walkRows(async (rows) => {
        const inFilters = keptByFilters(rows);
        const withTerms = new Set(await withCommonTerms(inFilters.map((row) => row.id)));
        return inFilters.filter((row) => withTerms.has(row.id));
      }, wanted + 1);
      const totalExact = skipped + found.length <= wanted;
      return pageOf(found, totalExact ? skipped + found.length : wanted + 1, totalExact);
    }

    const filters: [string, readonly string[] | undefined][] = [
      ['verdict', query.verdict], ['status', query.status], ['board', query.board], ['scope', query.remoteScope],
    ];
    const active = filters.filter((entry): entry is [string, readonly string[]] => entry[1] !== undefined && entry[1].length > 0);
    // One equals() range per value: read in bulk (getAllKeys), where anyOf() would step a cursor key by key.
    const keysWhere = async (index: string, values: readonly (string | number)[]) =>
      new Set((await Promise.all(values.map((value) => db.jobs.where(index).equals(value).primaryKeys()))).flat());
    // Asked for all at once: one wait for the database instead of one after the other.
    const [required, hidden] = await Promise.all([
      Promise.all(active.map(([index, values]) => keysWhere(index, values))),
      // Few jobs are hidden: excluding them is cheaper than listing the visible ones.
      query.includeHidden ? new Set<string>() : keysWhere('visible', [0]),
    ]);
    required.push(...termKeys.filter((keys): keys is Set<string> => keys !== null));
    required.sort((a, b) => a.size - b.size);
    const accepts = (key: string) => !hidden.has(key) && required.every((set) => set.has(key));
    // The sort index after `after`, keys only, a chunk at a time, keeping the keys `keep` keeps, until the list has
    // `enough`. Kept by filters whose share of the keys is known, each chunk is what that share needs (one read of
    // ~4,600 keys for page 20 of jobs on 2 boards of 7, instead of 2,010 then 4,000). Checked for a common term,
    // whose share is not known and where each key kept costs a read of its words: twice what is missing at first
    // (a common term is in most jobs), then larger chunks while the keys kept are few.
    const walkKeys = async (keep: (keys: string[]) => Promise<string[]> | string[], enough: number, share: number | null) => {
      const found: string[] = [];
      for (let after = query.after, chunk = 2 * (enough - skipped) + 10; ; chunk = Math.min(4 * chunk, KEY_CHUNK)) {
        const size = share === null ? chunk : rowsToRead(enough - skipped - found.length, share);
        const keys = (await sorted(after).limit(size).primaryKeys()) as string[];
        found.push(...(await keep(keys.filter(accepts))));
        if (skipped + found.length >= enough || keys.length < size) break;
        const last = (await db.jobs.get(keys[keys.length - 1])) as unknown as Row | undefined;
        if (!last) break;
        after = cursorOf(last);
      }
      return found;
    };

    const candidates = required.length ? [...required[0]].filter(accepts) : null;
    if (commonTerms.length && (candidates === null || candidates.length > CHECKED_CANDIDATES)) {
      // Checked in sort order until the page and one more match are found.
      const found = await walkKeys(withCommonTerms, wanted + 1, null);
      const totalExact = skipped + found.length <= wanted;
      return pageOfKeys(found, totalExact ? skipped + found.length : wanted + 1, totalExact);
    }
    const matching = candidates === null ? null : commonTerms.length ? await withCommonTerms(candidates) : candidates;
    const total = matching === null ? kept : matching.length;
    if (matching !== null && matching.length <= SORTED_IN_MEMORY) {
      const after = query.after;
      const before = (row: Row) => !after || (compareKeys(row[sort], after.value) || compareKeys(row.id, after.id)) < 0;
      const rows = ((await db.jobs.bulkGet(matching)) as unknown as (Row | undefined)[])
        // Only rows in the sort index, as the other paths list them; the same order as the index, read backwards.
        .filter((row): row is Row => row !== undefined && (typeof row[sort] === 'number' || typeof row[sort] === 'string') && before(row))
        .sort((a, b) => compareKeys(b[sort], a[sort]) || compareKeys(b.id, a.id));
      return pageOf(rows, total);
    }
    const matchingSet = matching === null ? null : new Set(matching);
    return pageOfKeys(await walkKeys((keys) => (matchingSet ? keys.filter((key) => matchingSet.has(key)) : keys), wanted, total / stored), total);
  });
}

/** Jobs per status, hidden jobs left out; summed from the counters per facet. */
export async function countByStatus(db: JobDb): Promise<Record<JobStatus, number>> {
  const counts = await guarded(() => readCounts(db.facetTotals));
  return Object.fromEntries(JOB_STATUSES.map((status) => [status, countWhere(counts, { status: [status] })])) as Record<JobStatus, number>;
}

/** The boards of the stored jobs, hidden ones included, from the counters per facet. */
export async function storedBoards(db: JobDb): Promise<string[]> {
  const counts = await guarded(() => readCounts(db.facetTotals));
  return [...new Set(counts.map(({ facet }) => facet.board))].sort();
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

/**
 * Jobs read at a time by readJobBatches: enough to keep the database busy, few enough that a batch's records, alive
 * while it is parsed and written out, cost little to each young-generation collection, which copies what is alive
 * (exporting 50,000 jobs in Chromium took 10-15% less time and CPU with 250 than with 1,000).
 */
export const READ_BATCH = 250;

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

/** Where a re-scoring stands: its run, and the last job id it re-scored (null: none yet). Gone once it is done. */
const RESCORE_KEY = 'rescore';
const RescoreMarker = z.object({ run: z.string(), after: z.string().nullable() });

type ScoreFn = (posting: Posting, profile: Profile) => Evaluation;

/** The run in progress, or null; inside a transaction, read in it. */
async function runInProgress(db: JobDb): Promise<z.infer<typeof RescoreMarker> | null> {
  const marker = RescoreMarker.safeParse((await db.settings.get(RESCORE_KEY))?.value);
  return marker.success ? marker.data : null;
}

/**
 * Scores every stored job again (after a profile change), a chunk per transaction with a pause between chunks so
 * that a large database never blocks the worker. Returns how many jobs this call re-scored; corrupt records are
 * skipped. Each chunk records how far the run has come, with the jobs it writes: a run cut short (the settings page
 * closed, the worker stopped; 10,000 jobs take a minute) is finished by resumeRescore, and a newer run (the profile
 * changed again) stops this one.
 */
export async function rescoreAll(db: JobDb, profile: Profile, scoreFn: ScoreFn, onProgress?: (done: number) => void): Promise<number> {
  // Told apart from the run before it, which is all a run id is for (crypto.randomUUID needs a secure context).
  const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  await guarded(() => db.settings.put({ key: RESCORE_KEY, value: { run, after: null } satisfies z.infer<typeof RescoreMarker> }));
  return continueRescore(db, run, profile, scoreFn, onProgress);
}

/** Finishes the re-scoring that was cut short, with the profile stored now; 0 when none was. */
export async function resumeRescore(db: JobDb, profile: Profile, scoreFn: ScoreFn, onProgress?: (done: number) => void): Promise<number> {
  const marker = await guarded(() => runInProgress(db));
  return marker ? continueRescore(db, marker.run, profile, scoreFn, onProgress) : 0;
}

/** Re-scores the run's next chunks until none is left or a newer run took over; two callers share the chunks. */
async function continueRescore(db: JobDb, run: string, profile: Profile, scoreFn: ScoreFn, onProgress?: (done: number) => void): Promise<number> {
  let rescored = 0;
  for (;;) {
    const { read, updated } = await guarded(() =>
      db.transaction('rw', db.jobs, db.settings, async () => {
        const marker = await runInProgress(db);
        if (marker?.run !== run) return { read: 0, updated: 0 };
        const { after } = marker;
        const rows = await (after === null ? db.jobs.orderBy(':id') : db.jobs.where(':id').above(after))
          .limit(RESCORE_CHUNK)
          .toArray();
        if (rows.length === 0) {
          await db.settings.delete(RESCORE_KEY);
          return { read: 0, updated: 0 };
        }
        const { jobs } = parseJobRecords(rows);
        const rescoredJobs = jobs.map((job) => ({
          ...job,
          ...flatFields(job.posting, parsedOrThrow(Evaluation, scoreFn(job.posting, profile), 'Re-scoring failed')),
        }));
        await db.jobs.bulkPut(rescoredJobs);
        await db.settings.put({ key: RESCORE_KEY, value: { run, after: rows[rows.length - 1].id } });
        return { read: rows.length, updated: rescoredJobs.length };
      }),
    );
    if (read === 0) return rescored;
    rescored += updated;
    onProgress?.(rescored);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
