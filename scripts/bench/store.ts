// Store figures: a database of 10,000 and 50,000 jobs, timed for the screens the extension shows, first on
// fake-indexeddb in Node, then on Chromium's real IndexedDB (this module, bundled, run in a page). Only imports that
// run in a browser are static; Node's are loaded inside run().
import { JOB_STATUSES, VERDICTS, type Job } from '../../lib/model';
import { JobDb, openJobDb } from '../../lib/store/db';
import { fingerprint } from '../../lib/store/dedupe';
import { countByStatus, queryJobs, readAllJobs, rescoreAll, saveEvaluated } from '../../lib/store/jobs';
import { jobsToCsv } from '../../lib/export';

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

function timer(log: Log) {
  return async <T>(label: string, operation: () => Promise<T>, describe: (result: T) => string = () => ''): Promise<T> => {
    const start = performance.now();
    const result = await operation();
    const ms = performance.now() - start;
    log(`  ${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${describe(result)}`);
    return result;
  };
}

export async function seed(db: JobDb, size: number): Promise<void> {
  const next = random(size);
  for (let start = 0; start < size; start += 5_000) {
    const chunk = Array.from({ length: Math.min(5_000, size - start) }, (_, k) => syntheticJob(start + k, next));
    for (const job of chunk) job.remoteScope = job.evaluation.remoteScope;
    await db.jobs.bulkPut(chunk);
  }
}

/** Seeds a fresh database with `size` jobs and logs the time of each operation. */
export async function measureStore(size: number, log: Log, open: (name: string) => JobDb = openJobDb): Promise<void> {
  const timed = timer(log);
  const db = open(`jobfit-bench-${size}-${Date.now()}`);
  try {
    await timed('seed (bulkPut)', () => seed(db, size));
    const extra = syntheticJob(size + 1, random(1));
    await timed('saveEvaluated x100 (new postings)', async () => {
      for (let i = 0; i < 100; i++) {
        const posting = { ...extra.posting, id: `indeed:new${i}`, boardJobId: `new${i}`, board: 'indeed', title: `Fresh role ${i}` };
        await saveEvaluated(db, posting, extra.evaluation);
      }
    });
    await timed('first screen: top 50 by score, verdict match', () => queryJobs(db, { verdict: ['match'], sort: 'score', limit: 50 }),
      (page) => `${page.jobs.length} shown of ${page.total}`);
    await timed('page 20 by last seen, 2 boards, not hidden', () => queryJobs(db, { board: ['lever', 'ashby'], sort: 'lastSeen', offset: 950, limit: 50 }),
      (page) => `${page.jobs.length} shown of ${page.total}`);
    await timed('text search "vector embedding" (common)', () => queryJobs(db, { text: 'vector embedding', limit: 50 }),
      (page) => `${page.jobs.length} shown of ${page.total}`);
    await timed('text search "company 2999" (rare, scans all)', () => queryJobs(db, { text: 'company 2999', limit: 50 }),
      (page) => `${page.jobs.length} shown of ${page.total}`);
    await timed('countByStatus', () => countByStatus(db), (counts) => JSON.stringify(counts));
    await timed('export CSV of all (read + jobsToCsv)', async () => jobsToCsv((await readAllJobs(db)).jobs),
      (text) => `${(text.length / 1e6).toFixed(1)} MB`);
    if (size <= 10_000) {
      await timed('rescoreAll (trivial score function)', () =>
        rescoreAll(db, {} as never, (_posting, _profile) => ({ ...extra.evaluation, verdict: VERDICTS[0] })),
        (count) => `${count} jobs`);
    }
  } finally {
    await db.delete();
  }
}

const CHROMIUM_PATH = '/usr/bin/chromium';

/** The same measurements in headless Chromium, on a page served from memory (no network, no server). */
async function measureInChromium(log: Log): Promise<void> {
  const { existsSync } = await import('node:fs');
  const executablePath = process.env.JOBFIT_CHROMIUM ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    log(`store (Chromium IndexedDB): skipped, no Chromium at ${executablePath}`);
    return;
  }
  const { build } = await import('esbuild');
  const { fileURLToPath } = await import('node:url');
  const bundle = await build({
    stdin: { contents: "import { measureStore } from './store.ts'; globalThis.measureStore = measureStore;", resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true, format: 'esm', platform: 'browser', write: false, external: ['node:*', 'esbuild', 'playwright-core', 'fake-indexeddb'],
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const origin = 'http://jobfit-bench.test/';
    await page.route('**/*', (route) =>
      route.request().url() === origin ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }) : route.abort());
    await page.goto(origin);
    await page.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
    await page.waitForFunction(() => 'measureStore' in globalThis);
    for (const size of SIZES) {
      log(`store: ${size.toLocaleString('en')} jobs (Chromium IndexedDB)`);
      const lines = await page.evaluate(async (count) => {
        const output: string[] = [];
        const measure = (globalThis as unknown as { measureStore: typeof measureStore }).measureStore;
        await measure(count, (line) => output.push(line));
        return output;
      }, size);
      lines.forEach(log);
    }
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<void> {
  const log = (line: string) => console.log(line);
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  for (const size of SIZES) {
    log(`store: ${size.toLocaleString('en')} jobs (fake-indexeddb in Node)`);
    await measureStore(size, log, (name) => new JobDb(name, { indexedDB, IDBKeyRange }));
  }
  await measureInChromium(log);
}

const isMain = typeof process !== 'undefined' && process.argv?.[1] !== undefined &&
  (await import('node:url')).pathToFileURL(process.argv[1]).href === import.meta.url;
if (isMain) await run();
