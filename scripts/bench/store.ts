// Store figures: a database of 10,000 and 50,000 jobs, timed for the screens the extension shows, first on
// fake-indexeddb in Node, then on Chromium's real IndexedDB (this module, bundled, run in a page). Only imports that
// run in a browser are static; Node's are loaded inside run().
import Dexie from 'dexie';
import { JOB_STATUSES, VERDICTS, type Job } from '../../lib/model';
import { JobDb, openJobDb } from '../../lib/store/db';
import { fingerprint } from '../../lib/store/dedupe';
import { indexFields } from '../../lib/store/index-fields';
import { SCHEMA_VERSIONS } from '../../lib/store/migrations';
import { jobWordsRows } from '../../lib/store/words';
import { countByStatus, queryJobs, rescoreAll, saveEvaluated, saveEvaluatedMany, type JobPage, type JobQuery } from '../../lib/store/jobs';
import { exportBackup, exportCsv, type ExportFile } from '../../lib/export';
import { DEFAULT_PROFILE } from '../../lib/score/profile';
import { median } from '../median';

const SIZES = typeof process !== 'undefined' && process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [10_000, 50_000];
const BOARDS = ['linkedin', 'indeed', 'greenhouse', 'lever', 'ashby', 'hackernews', 'workable'];
const WORDS = (
  'data pipeline model training retrieval search ranking python sql spark airflow dbt warehouse analytics team ' +
  'remote async open source contributor library maintain community docs teach mentor product customers scale ' +
  'latency embedding vector index evaluation experiment dashboard stakeholder roadmap cloud aws gcp terraform ' +
  'security compliance healthcare fintech climate education benefits equity salary vacation hiring process'
).split(' ');

/** Deterministic pseudo-random numbers, so that every run measures the same database. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticJob(i: number, next: () => number): Job {
  const board = BOARDS[i % BOARDS.length];
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const description = Array.from({ length: 250 }, () => pick(WORDS)).join(' ');
  const score = Math.round(next() * 100);
  const verdict = score >= 70 ? 'match' : score >= 45 ? 'maybe' : 'skip';
  const at = Date.UTC(2026, 0, 1) + Math.floor(next() * 300) * 86_400_000;
  const posting = {
    id: `${board}:${i}`, board, boardJobId: String(i), url: `https://example.org/${board}/${i}`, applyUrl: null,
    title: `${pick(['Data', 'ML', 'Analytics', 'Search', 'Platform'])} ${pick(['Engineer', 'Scientist', 'Analyst'])} ${i}`,
    company: `Company ${i % 3_000}`, location: 'Remote', workplace: 'remote' as const, remoteRegions: [],
    employment: ['full-time' as const], salary: null, datePosted: new Date(at).toISOString().slice(0, 10), description,
    emails: [], source: 'jsonld' as const, missing: [],
  };
  return {
    id: posting.id, posting,
    evaluation: {
      score, verdict, workplace: 'remote', remoteScope: pick(['anywhere', 'restricted', 'unspecified', null] as const),
      remoteRegions: [], employment: ['full-time'], conflicts: [], profileHash: 'bench',
      criteria: [{ id: 'remote', label: 'Remote', met: true, points: 30, maxPoints: 30, evidence: 'Fully remote.', dealbreaker: false }],
    },
    sources: [{ postingId: posting.id, board, url: posting.url, firstSeen: at, lastSeen: at }],
    fingerprint: fingerprint(posting), repostCount: 0, firstSeen: at, lastSeen: at,
    status: pick(JOB_STATUSES), statusHistory: [{ status: 'new', at }], notes: '', hidden: next() < 0.05,
    score, verdict, board, company: posting.company, remoteScope: null,
  };
}

type Log = (line: string) => void;

/**
 * What a person would accept on Chromium's IndexedDB at 10,000 and at 50,000 jobs, printed beside each figure (the
 * fake-indexeddb figures in Node are for comparing changes, not for budgets). The popup's list, a filter or a page is a
 * response to a click: 100 ms is where it still feels immediate, and the popup has its own loading to do besides.
 * A search runs as the user types: past 300 ms the list visibly lags behind the typing. An export is a rare,
 * deliberate action whose end the user waits for: 5 s without a progress bar, half of the 10 s after which attention
 * wanders, leaving room for a slower machine. Storing postings runs in the background while a board page is read:
 * 10 ms a posting stores a 200-post Hacker News thread in 2 s.
 */
const BUDGET_MS = {
  save100: 1_000,
  firstScreen: 100,
  page: 100,
  search: 300,
  counts: 100,
  export: 5_000,
} as const;

/**
 * Times an operation `runs` times and logs the median, against its budget when asked, with every run's figure: a
 * read repeated shows how much of its first time was the database warming up (on this 2-core machine the same read
 * varied twofold between runs of the bench).
 */
function timer(log: Log, withBudgets: boolean) {
  return async <T>(label: string, budget: number | null, operation: () => Promise<T>, describe: (result: T) => string = () => '', runs = 1): Promise<T> => {
    const times: number[] = [];
    let result!: T;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      result = await operation();
      times.push(performance.now() - start);
    }
    const ms = median(times);
    const verdict = withBudgets && budget !== null ? `${ms <= budget ? 'within' : 'OVER'} ${budget} ms budget` : '';
    const each = runs > 1 ? ` (runs: ${times.map((time) => time.toFixed(0)).join(', ')})` : '';
    log(`  ${label.padEnd(46)} ${ms.toFixed(0).padStart(7)} ms  ${verdict.padEnd(24)} ${describe(result)}${each}`);
    return result;
  };
}

/** Reads are timed three times each, the median judged against the budget. */
const READ_RUNS = 3;

/** The bench's jobs, 5,000 at a time. */
async function eachSeedChunk(size: number, write: (jobs: Job[]) => Promise<unknown>): Promise<void> {
  const next = random(size);
  for (let start = 0; start < size; start += 5_000) {
    const chunk = Array.from({ length: Math.min(5_000, size - start) }, (_, k) => syntheticJob(start + k, next));
    for (const job of chunk) job.remoteScope = job.evaluation.remoteScope;
    await write(chunk);
  }
}

export function seed(db: JobDb, size: number): Promise<void> {
  return eachSeedChunk(size, (jobs) => db.jobs.bulkPut(jobs));
}

const shown = (page: JobPage) => `${page.jobs.length} shown of ${page.total}`;
const megabytes = (file: ExportFile) => `${file.jobs} jobs, ${(file.parts.reduce((n, part) => n + part.length, 0) / 1e6).toFixed(1)} MB`;

/** Writes a fresh database of `size` jobs, named `name`, and logs how long that took. */
export async function seedStore(name: string, size: number, log: Log, open: (name: string) => JobDb = openJobDb): Promise<void> {
  const db = open(name);
  try {
    await timer(log, false)('seed (bulkPut)', null, () => seed(db, size));
  } finally {
    db.close();
  }
}

/**
 * Opens the database `seedStore` wrote and logs the time of each operation, against its budget when asked; deletes
 * the database at the end.
 */
export async function measureStore(name: string, size: number, log: Log, open: (name: string) => JobDb = openJobDb, withBudgets = true): Promise<void> {
  const timed = timer(log, withBudgets);
  const db = open(name);
  try {
    await timed('open the database', null, () => db.open());
    const extra = syntheticJob(size + 1, random(1));
    await timed('first screen: top 50 by score, verdict match', BUDGET_MS.firstScreen, () => queryJobs(db, { verdict: ['match'], sort: 'score', limit: 50 }), shown, READ_RUNS);
    await timed('first screen: top 50 by score, no filter', BUDGET_MS.firstScreen, () => queryJobs(db, { sort: 'score', limit: 50 }), shown, READ_RUNS);
    const twoBoards: JobQuery = { board: ['lever', 'ashby'], sort: 'lastSeen', limit: 50 };
    await timed('page 20 by last seen, 2 boards, not hidden', BUDGET_MS.page, () => queryJobs(db, { ...twoBoards, offset: 950 }), shown, READ_RUNS);
    // As the pager asks for it: "Next" on page 19 reads on from that page's last job.
    let page19: JobPage | undefined;
    for (let page = 0; page < 19; page++) page19 = await queryJobs(db, { ...twoBoards, offset: page * 50, after: page19?.next ?? undefined });
    await timed('the same page 20, Next from page 19', BUDGET_MS.page, () => queryJobs(db, { ...twoBoards, offset: 950, after: page19!.next! }), shown, READ_RUNS);
    await timed('search "vector embedding" (in every job)', BUDGET_MS.search, () => queryJobs(db, { text: 'vector embedding', limit: 50 }), shown, READ_RUNS);
    await timed('search "company 2999" (rare)', BUDGET_MS.search, () => queryJobs(db, { text: 'company 2999', limit: 50 }), shown, READ_RUNS);
    await timed('search "com" (short prefix: 3 words a job)', BUDGET_MS.search, () => queryJobs(db, { text: 'com', limit: 50 }), shown, READ_RUNS);
    await timed('search "zebra" (no match)', BUDGET_MS.search, () => queryJobs(db, { text: 'zebra', limit: 50 }), shown, READ_RUNS);
    await timed('search "python", verdict match', BUDGET_MS.search, () => queryJobs(db, { text: 'python', verdict: ['match'], limit: 50 }), shown, READ_RUNS);
    await timed('countByStatus', BUDGET_MS.counts, () => countByStatus(db), (counts) => JSON.stringify(counts), READ_RUNS);
    await timed('export CSV of all (exportCsv)', BUDGET_MS.export, () => exportCsv(db), megabytes);
    await timed('export JSON backup of all (exportBackup)', BUDGET_MS.export, () => exportBackup(db, DEFAULT_PROFILE), megabytes);
    const freshPostings = (run: string) => Array.from({ length: 100 }, (_, i) => ({
      posting: { ...extra.posting, id: `indeed:${run}${i}`, boardJobId: `${run}${i}`, board: 'indeed', title: `Fresh role ${run} ${i}` },
      evaluation: extra.evaluation,
    }));
    // Untimed, a first write: the first after the seed took 1.2-2.8 s at 50k when measured in the seed's session.
    await saveEvaluatedMany(db, freshPostings('warm').slice(0, 1));
    // As the background stores a page: a chunk of 50 postings at a time, each chunk in one transaction.
    await timed('save 100 new postings (2 chunks of 50)', BUDGET_MS.save100, async () => {
      const postings = freshPostings('chunk');
      for (let start = 0; start < postings.length; start += 50) await saveEvaluatedMany(db, postings.slice(start, start + 50));
    });
    await timed('saveEvaluated x100 (a transaction each)', null, async () => {
      for (const { posting, evaluation } of freshPostings('single')) await saveEvaluated(db, posting, evaluation);
    });
    if (size <= 10_000) {
      await timed('rescoreAll (trivial score function)', null, () =>
        rescoreAll(db, {} as never, (_posting, _profile) => ({ ...extra.evaluation, verdict: VERDICTS[0] })),
        (count) => `${count} jobs`);
    }
  } finally {
    await db.delete();
  }
}

/** The last schema version whose database has no order keys: opening it in the current one builds them for every job. */
const BEFORE_ORDER_KEYS = 3;
type DexieOptions = ConstructorParameters<typeof Dexie>[1];

/**
 * Writes the same jobs as `seedStore` into a database as schema version 3 left it (rows with their index fields and
 * words; no facets, order keys or counters), as a user of that version would open it in this one.
 */
export async function seedOldStore(name: string, size: number, log: Log, options?: DexieOptions): Promise<void> {
  const db = new Dexie(name, options);
  for (const schema of SCHEMA_VERSIONS.filter(({ version }) => version <= BEFORE_ORDER_KEYS)) db.version(schema.version).stores(schema.stores);
  try {
    await timer(log, false)(`seed as schema version ${BEFORE_ORDER_KEYS} (bulkPut)`, null, () => eachSeedChunk(size, async (jobs) => {
      const rows = jobs.map((job) => ({ ...job, ...indexFields(job) }));
      await Promise.all([db.table('jobs').bulkPut(rows), db.table('jobWords').bulkPut(jobWordsRows(rows))]);
    }));
  } finally {
    db.close();
  }
}

/** Opens the database `seedOldStore` wrote (the upgrade runs in the open), reads its first screen, deletes it. */
export async function measureUpgrade(name: string, size: number, log: Log, open: (name: string) => JobDb = openJobDb): Promise<void> {
  const timed = timer(log, false);
  const db = open(name);
  try {
    await timed(`open: upgrade from schema version ${BEFORE_ORDER_KEYS} (every job's facet and order keys)`, null, () => db.open());
    const kept = await db.jobs.count();
    if (kept !== size) throw new Error(`the upgrade kept ${kept} of ${size} jobs`);
    await timed('then the first screen: top 50 by score, verdict match', null, () => queryJobs(db, { verdict: ['match'], sort: 'score', limit: 50 }), shown);
  } finally {
    await db.delete();
  }
}

const CHROMIUM_PATH = '/usr/bin/chromium';

type StoreStep = 'seedStore' | 'measureStore' | 'seedOldStore' | 'measureUpgrade';

/**
 * The same measurements in headless Chromium, on a page served from memory (no network, no server). The database is
 * written in one browser session and measured in the next, as a user's jobs, saved over weeks, are read by a popup
 * opened later: in the session of a 50,000-job seed, Chromium is still taking the seed in, and the first reads took
 * 80-131 ms where the same ones took 46-48 ms after a restart.
 */
async function measureInChromium(log: Log): Promise<void> {
  const { existsSync, mkdtempSync, rmSync } = await import('node:fs');
  const executablePath = process.env.JOBFIT_CHROMIUM ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    log(`store (Chromium IndexedDB): skipped, no Chromium at ${executablePath}`);
    return;
  }
  const { build } = await import('esbuild');
  const { fileURLToPath } = await import('node:url');
  const bundle = await build({
    stdin: {
      contents: "import { measureStore, measureUpgrade, seedOldStore, seedStore } from './store.ts'; Object.assign(globalThis, { measureStore, measureUpgrade, seedOldStore, seedStore });",
      resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'browser', write: false, external: ['node:*', 'esbuild', 'playwright-core', 'fake-indexeddb'],
  });
  const { chromium } = await import('playwright-core');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  // A profile on disk, as the extension's: a default context is off the record and keeps IndexedDB in memory, where
  // counting 50,000 index entries took 7 ms instead of most of a second.
  const profileDir = mkdtempSync(join(tmpdir(), 'jobfit-bench-store-'));
  /** Runs one step of this module in a browser session of its own, and logs what it logged. */
  const inSession = async (step: StoreStep, name: string, size: number) => {
    const browser = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const origin = 'http://jobfit-bench.test/';
      await page.route('**/*', (route) =>
        route.request().url() === origin ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }) : route.abort());
      await page.goto(origin);
      await page.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
      await page.waitForFunction((fn) => fn in globalThis, step);
      const lines = await page.evaluate(async ([fn, dbName, count]) => {
        const output: string[] = [];
        const steps = globalThis as unknown as Record<StoreStep, (name: string, size: number, log: Log) => Promise<void>>;
        await steps[fn as StoreStep](dbName as string, count as number, (line) => output.push(line));
        return output;
      }, [step, name, size] as const);
      lines.forEach(log);
    } finally {
      await browser.close();
    }
  };
  try {
    for (const size of SIZES) {
      log(`store: ${size.toLocaleString('en')} jobs (Chromium IndexedDB on disk; ${await machineLoad()})`);
      const name = `jobfit-bench-${size}`;
      await inSession('seedStore', name, size);
      await inSession('measureStore', name, size);
      await inSession('seedOldStore', name, size);
      await inSession('measureUpgrade', name, size);
    }
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** Figures on a shared machine mean little without its load. */
async function machineLoad(): Promise<string> {
  const { cpus, loadavg } = await import('node:os');
  return `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
}

/** BENCH_STORE_ON=node or =chromium measures on one of the two only. */
export async function run(): Promise<void> {
  const log = (line: string) => console.log(line);
  const on = typeof process !== 'undefined' ? process.env.BENCH_STORE_ON : undefined;
  if (on !== 'chromium') {
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
    for (const size of SIZES) {
      log(`store: ${size.toLocaleString('en')} jobs (fake-indexeddb in Node, no budgets; ${await machineLoad()})`);
      const open = (name: string) => new JobDb(name, { indexedDB, IDBKeyRange });
      await seedStore(`jobfit-bench-${size}`, size, log, open);
      await measureStore(`jobfit-bench-${size}`, size, log, open, false);
      await seedOldStore(`jobfit-bench-${size}`, size, log, { indexedDB, IDBKeyRange });
      await measureUpgrade(`jobfit-bench-${size}`, size, log, open);
    }
  }
  if (on !== 'node') await measureInChromium(log);
}

const isMain = typeof process !== 'undefined' && process.argv?.[1] !== undefined &&
  (await import('node:url')).pathToFileURL(process.argv[1]).href === import.meta.url;
if (isMain) await run();
