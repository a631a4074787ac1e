// Cost of reading postings, per post: the saved Hacker News thread (207 posts) through extractPage on a happy-dom
// document, every post of hn-2019-2020.jsonl through postingFromRecord (the CLI's and eval's path), and — when
// Chromium is installed — extractPage on the same thread in a real Chromium page, where the content script runs it
// once per page load, cold. Figures only; the page-load section has the target (all badges < 150 ms after load).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPath, hasCorpus, readCorpus } from '../../lib/corpus';
import { parseHtml } from '../../lib/extract/dom-node';
import { extractPage, postingFromRecord, type PostingRecord } from '../../lib/extract/index';
import { CHROMIUM_PATH } from '../../tests/e2e/fixture';
import type { BenchSection } from '../bench';
import { median } from '../median';

const THREAD_PAGE = 'pages/hn/hn_whoishiring_december_2020_item_25266288_page1.html';
const THREAD_URL = 'https://news.ycombinator.com/item?id=25266288';
const RECORDS = 'hn/hn-2019-2020.jsonl';
const WARM_PASSES = 5;
/** Each Chromium run is a new browser: the first extraction in a page is what a visitor waits for. */
const CHROMIUM_RUNS = 5;

/** CPU time of this process, not wall time: the machine is usually shared, and the clock would count others' work. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const perPost = (ms: number, posts: number) => `${((ms * 1000) / posts).toFixed(1).padStart(7)} µs/post`;

function records(): void {
  const lines = readCorpus(RECORDS).split('\n').filter((line) => line.trim());
  const parsed = lines.map((line) => JSON.parse(line) as PostingRecord);
  let checksum = 0;
  const pass = () => cpuMs(() => {
    for (const record of parsed) checksum += postingFromRecord(record).emails.length;
  });
  const first = pass();
  const warm = Array.from({ length: WARM_PASSES }, pass);
  console.log(`   postingFromRecord, ${parsed.length} posts of ${RECORDS} (process CPU time)`);
  console.log(`     first pass ${first.toFixed(0).padStart(6)} ms ${perPost(first, parsed.length)}`);
  console.log(`     warm median ${median(warm).toFixed(0).padStart(5)} ms ${perPost(median(warm), parsed.length)}  (best ${perPost(Math.min(...warm), parsed.length).trim()}, ${WARM_PASSES} passes; checksum ${checksum})`);
}

function happyDomThread(): void {
  const html = readCorpus(THREAD_PAGE);
  // extractPage keeps per-document caches: every pass reads a document of its own, parsed before the clock runs.
  const documents = Array.from({ length: WARM_PASSES + 1 }, () => parseHtml(html, THREAD_URL));
  let posts = 0;
  const times = documents.map((doc) => cpuMs(() => {
    posts = extractPage(doc, THREAD_URL).items.length;
  }));
  const [first, ...warm] = times as [number, ...number[]];
  console.log(`   extractPage in happy-dom, saved thread (${posts} posts; process CPU time, happy-dom's own DOM queries are most of it)`);
  console.log(`     first call ${first.toFixed(0).padStart(6)} ms ${perPost(first, posts)}`);
  console.log(`     warm median ${median(warm).toFixed(0).padStart(5)} ms ${perPost(median(warm), posts)}`);
}

/** lib/extract bundled as a page script that sets globalThis.jobfitExtractPage. */
async function extractScript(): Promise<string> {
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: { contents: "import { extractPage } from '../../lib/extract/index.ts'; globalThis.jobfitExtractPage = extractPage;", resolveDir: path.dirname(fileURLToPath(import.meta.url)), loader: 'ts' },
    bundle: true, format: 'iife', platform: 'browser', write: false, minify: true,
  });
  return bundle.outputFiles[0]!.text;
}

interface ChromiumRun {
  posts: number;
  wallMs: number;
  cpuMs: number;
  warmMs: number[];
}

async function chromiumRun(script: string, html: string): Promise<ChromiumRun> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    // The saved page only: its own scripts and images are not fetched.
    await page.route(/^(https?|wss?):/, (route) => (route.request().url() === THREAD_URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
    await page.goto(THREAD_URL, { waitUntil: 'load' });
    await page.addScriptTag({ content: script });
    // Main-thread CPU time: on a machine shared with other work the wall clock also counts time the tab was not running.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
    const cpuBefore = await threadMs();
    const first = await page.evaluate((url) => {
      const extract = (globalThis as unknown as { jobfitExtractPage: (doc: Document, url: string) => { items: unknown[] } }).jobfitExtractPage;
      const start = performance.now();
      const posts = extract(document, url).items.length;
      return { posts, wallMs: performance.now() - start };
    }, THREAD_URL);
    const cpuMs = (await threadMs()) - cpuBefore;
    const warmMs = await page.evaluate(({ url, passes }) => {
      const extract = (globalThis as unknown as { jobfitExtractPage: (doc: Document, url: string) => unknown }).jobfitExtractPage;
      return Array.from({ length: passes }, () => {
        const copy = document.cloneNode(true) as Document; // a new document: nothing cached from the first call
        const start = performance.now();
        extract(copy, url);
        return performance.now() - start;
      });
    }, { url: THREAD_URL, passes: WARM_PASSES });
    return { ...first, cpuMs, warmMs };
  } finally {
    await browser.close();
  }
}

async function chromiumThread(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`   Chromium: skipped, no Chromium at ${CHROMIUM_PATH}`);
    return;
  }
  const script = await extractScript();
  const html = readCorpus(THREAD_PAGE);
  const runs: ChromiumRun[] = [];
  for (let run = 0; run < CHROMIUM_RUNS; run++) runs.push(await chromiumRun(script, html));
  const posts = runs[0]!.posts;
  const cpu = median(runs.map((run) => run.cpuMs));
  const wall = median(runs.map((run) => run.wallMs));
  const warm = median(runs.flatMap((run) => run.warmMs));
  console.log(`   extractPage in Chromium, saved thread (${posts} posts), ${CHROMIUM_RUNS} fresh browsers`);
  console.log(`     first call, main-thread CPU: median ${cpu.toFixed(0).padStart(4)} ms ${perPost(cpu, posts)}  [${runs.map((run) => run.cpuMs.toFixed(0)).join(', ')}]`);
  console.log(`     first call, wall clock:      median ${wall.toFixed(0).padStart(4)} ms ${perPost(wall, posts)}  [${runs.map((run) => run.wallMs.toFixed(0)).join(', ')}]`);
  console.log(`     warm (same page, copies of the document): median ${warm.toFixed(0)} ms ${perPost(warm, posts).trim()}`);
}

const section: BenchSection = {
  title: 'Extraction cost per post',
  async run() {
    if (!hasCorpus()) {
      console.log(`   skipped: no corpus at ${corpusPath('')} (set JOBFIT_CORPUS)`);
      return;
    }
    records();
    happyDomThread();
    await chromiumThread();
  },
};

export default section;
