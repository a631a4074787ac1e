// Scorer throughput on the Hacker News corpus repeated to at least 50 MB of posting text, next to the simplest pass
// over the same postings (one toLowerCase and one precompiled regex each) measured in the same run. Target: the
// full scorer within 4x of that floor.
import { corpusPath, hasCorpus, readCorpus } from '../../lib/corpus';
import { postingFromRecord } from '../../lib/extract';
import type { Posting } from '../../lib/model';
import { DEFAULT_PROFILE, score } from '../../lib/score/score';
import { scanAnchors } from '../../lib/text/anchors';
import type { BenchSection } from '../bench';

const TARGET_BYTES = 50 * 1024 * 1024;
const TARGET_RATIO = 4;
const ROUNDS = 3;
const FLOOR_PATTERN = /\bremote\b/;

function loadPostings(): Posting[] {
  return readCorpus('hn/hn-2019-2020.jsonl')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => postingFromRecord(JSON.parse(line) as { id: number; text_html: string }));
}

function textOf(posting: Posting): string {
  return `${posting.title}\n${posting.location}\n${posting.description}`;
}

interface Pass {
  seconds: number;
  checksum: number;
}

function median(passes: readonly Pass[]): Pass {
  return [...passes].sort((a, b) => a.seconds - b.seconds)[Math.floor(passes.length / 2)]!;
}

function time(postings: readonly Posting[], repeats: number, body: (posting: Posting) => number): Pass {
  let checksum = 0;
  const start = process.hrtime.bigint();
  for (let round = 0; round < repeats; round++) for (const posting of postings) checksum += body(posting);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, checksum };
}

/** The longest description a posting may have, written so that every rule fires on every line and no sentence ends:
 *  the cost of one hostile posting, which the background scores like any other. The first four repeat phrases every
 *  rule reads; the others are runs a fuzzer found to cost the square of their length before (seconds each), as text or
 *  as the post's HTML. */
const HOSTILE_CHARS = 200_000;
const HOSTILE_UNITS: { unit: string; html?: true }[] = [
  { unit: 'remote us based team we are with a mostly ' },
  { unit: 'remote within 3 hours of pacific time anywhere usa ' },
  { unit: 'full-time contract ai engineer data pipelines open source ' },
  { unit: 'jobs at acme dot com hn ~at~ x ~dot~ health ' },
  { unit: 'ml/' },
  { unit: ',data ' },
  { unit: 'at-' },
  { unit: 'a dot a@' },
  { unit: '<a', html: true },
  { unit: '<!--', html: true },
];

function hostilePostings(): void {
  const figures = HOSTILE_UNITS.map(({ unit, html }) => {
    const body = unit.repeat(Math.ceil(HOSTILE_CHARS / unit.length)).slice(0, HOSTILE_CHARS);
    const start = process.hrtime.bigint();
    const posting = html ? postingFromRecord({ id: 1, text_html: `Acme | Remote<p>${body}` }) : postingFromRecord({ id: 1, text: `Acme | Remote\n${body}` });
    score(posting, DEFAULT_PROFILE);
    return `${JSON.stringify(unit.length > 8 ? `${unit.slice(0, 8)}…` : unit)}${html ? ' (HTML)' : ''} ${Math.round(Number(process.hrtime.bigint() - start) / 1e6)} ms`;
  });
  console.log(`   one ${HOSTILE_CHARS.toLocaleString('en')}-character posting with no sentence end, read and scored, for each repeated phrase: ${figures.join(', ')}`);
}

const section: BenchSection = {
  title: 'Scorer throughput',
  run() {
    if (!hasCorpus()) {
      console.log(`   skipped: no corpus at ${corpusPath('')} (set JOBFIT_CORPUS)`);
      return;
    }
    const postings = loadPostings();
    const bytesPerRound = postings.reduce((sum, posting) => sum + Buffer.byteLength(textOf(posting)), 0);
    const repeats = Math.ceil(TARGET_BYTES / bytesPerRound);
    const megabytes = (bytesPerRound * repeats) / (1024 * 1024);
    const count = postings.length * repeats;
    const floor = (posting: Posting) => (FLOOR_PATTERN.test(textOf(posting).toLowerCase()) ? 1 : 0);
    const full = (posting: Posting) => score(posting, DEFAULT_PROFILE).score;
    // The scorer's one full pass over the text in JavaScript: every rule family's keywords in one trie walk.
    const scanOnly = (posting: Posting) => scanAnchors(textOf(posting).toLowerCase()).length;
    // Warm both paths up so that the JIT has compiled them before the clock runs.
    time(postings, 1, floor);
    time(postings, 1, full);
    time(postings, 1, scanOnly);
    // Earlier bench sections share this process: the heap at the start of the passes is reported beside its peak.
    const startHeap = process.memoryUsage().heapUsed;
    let peakHeap = startHeap;
    const scored = (posting: Posting) => {
      const value = full(posting);
      if ((value & 0xff) === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      return value;
    };
    // The floor's pass is short (a tenth of a second), so one run of it swings the ratio: the passes run interleaved,
    // ROUNDS times, and the medians are compared.
    const floorPasses: Pass[] = [];
    const scanPasses: Pass[] = [];
    const scorerPasses: Pass[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      floorPasses.push(time(postings, repeats, floor));
      scanPasses.push(time(postings, repeats, scanOnly));
      scorerPasses.push(time(postings, repeats, scored));
    }
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    const [floorPass, scanPass, scorerPass] = [floorPasses, scanPasses, scorerPasses].map(median) as [Pass, Pass, Pass];
    const ratio = scorerPass.seconds / floorPass.seconds;
    const line = (name: string, pass: Pass) =>
      `   ${name.padEnd(34)} ${(megabytes / pass.seconds).toFixed(1).padStart(8)} MB/s ${Math.round(count / pass.seconds).toLocaleString('en').padStart(10)} postings/s  (${pass.seconds.toFixed(2)} s)`;
    console.log(`   ${postings.length} postings × ${repeats} = ${count.toLocaleString('en')} postings, ${megabytes.toFixed(1)} MB of text a pass; figures are medians of ${ROUNDS} passes`);
    console.log(line('floor (toLowerCase + 1 regex)', floorPass));
    console.log(line('anchor scan only (lower + trie)', scanPass));
    console.log(line('score() with DEFAULT_PROFILE', scorerPass));
    const ratios = scorerPasses.map((pass, round) => (pass.seconds / floorPasses[round]!.seconds).toFixed(1)).join(', ');
    console.log(`   ratio scorer/floor ${ratio.toFixed(2)}x, medians of ${ROUNDS} rounds (each round: ${ratios}) (target ≤ ${TARGET_RATIO}x) ${ratio <= TARGET_RATIO ? 'OK' : 'OVER TARGET'}`);
    const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
    console.log(`   peak heap used during the scorer pass ${mb(peakHeap)} MB (${mb(startHeap)} MB at its start; checksums ${floorPass.checksum}, ${scorerPass.checksum})`);
    hostilePostings();
  },
};

export default section;
