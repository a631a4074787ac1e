// `npm run eval [-- --labels FILE.jsonl [--posts FILE.jsonl]] [-- --summary]`: the scorer against a hand-labelled set
// of posts (by default the Hacker News dev set, labels/hn-2019-2020.jsonl joined with hn/hn-2019-2020.jsonl on id),
// scored with DEFAULT_PROFILE. Any set in the same format can be measured; without --posts its ids are looked up in
// every Hacker News file of the corpus. Prints accuracy / precision / recall / F1 per criterion, the workplace
// confusion matrix, remote-scope accuracy, email and employment agreement, then every miss with the evidence the
// scorer gave, so that rules can be improved for postings in general (never for these ids). --summary prints one line
// per set: the dev set and every set in scripts/eval-sets/ (see its README for how each was labelled).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusPath, hasCorpus } from '../lib/corpus';
import { postingFromRecord } from '../lib/extract';
import { WORKPLACES, type Evaluation, type Workplace } from '../lib/model';
import { DEFAULT_PROFILE, score } from '../lib/score/score';
import { findEmails } from '../lib/text/emails';
import { decodeEntities } from '../lib/text/html';

interface Label {
  id: number;
  workplace: Workplace;
  remote_scope: string | null;
  ml_data: boolean;
  open_source: boolean;
  employment: string[];
  emails: string[];
  note?: string;
}

interface HnRecord {
  id: number;
  text_html: string;
  by?: string;
}

/** The labelled set to measure: JSONL files joined on `id` (the posts may come from several files). */
export interface EvalSet {
  posts: string | string[];
  labels: string;
}

/** The dev set in the corpus. */
export function devSet(): EvalSet {
  return { posts: corpusPath('hn/hn-2019-2020.jsonl'), labels: corpusPath('labels/hn-2019-2020.jsonl') };
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

export interface BinaryStats { accuracy: number; precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; tn: number }

export interface EvalReport {
  count: number;
  workplaceAccuracy: number;
  workplaceConfusion: Record<Workplace, Record<Workplace, number>>;
  remoteScopeAccuracy: number;
  mlData: BinaryStats;
  openSource: BinaryStats;
  remote: BinaryStats;
  emails: { precision: number; recall: number; f1: number };
  employmentExact: number;
  misses: string[];
}

function binary(pairs: readonly [boolean, boolean][]): BinaryStats {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const [predicted, actual] of pairs) {
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { accuracy: (tp + tn) / Math.max(1, pairs.length), precision, recall, f1, tp, fp, fn, tn };
}

/** Addresses in the posting text and in its mailto: links (which plain text loses). */
function emailsOf(html: string, postingEmails: readonly string[]): string[] {
  const fromLinks = [...html.matchAll(/href="mailto:([^"?]+)/gi)].flatMap((match) => findEmails(decodeURIComponent(decodeEntities(match[1]!))));
  return [...new Set([...postingEmails, ...fromLinks])];
}

function evidenceOf(evaluation: Evaluation, id: string): string {
  const criterion = evaluation.criteria.find((entry) => entry.id === id);
  return criterion?.evidence ?? '(no evidence)';
}

export function runEval(set: EvalSet = devSet()): EvalReport {
  const records = new Map([set.posts].flat().flatMap((file) => jsonLines<HnRecord>(file)).map((record) => [record.id, record]));
  const labels = jsonLines<Label>(set.labels);
  const confusion = Object.fromEntries(WORKPLACES.map((actual) => [actual, Object.fromEntries(WORKPLACES.map((p) => [p, 0]))])) as EvalReport['workplaceConfusion'];
  const ml: [boolean, boolean][] = [];
  const oss: [boolean, boolean][] = [];
  const remote: [boolean, boolean][] = [];
  let workplaceRight = 0, scopeRight = 0, scopeTotal = 0, employmentRight = 0, emailTp = 0, emailFp = 0, emailFn = 0;
  const misses: string[] = [];
  for (const label of labels) {
    const record = records.get(label.id);
    if (!record) continue;
    const posting = postingFromRecord(record);
    const evaluation = score(posting, DEFAULT_PROFILE);
    const head = `${label.id} ${posting.description.split('\n', 1)[0]!.slice(0, 100)}`;
    confusion[label.workplace][evaluation.workplace]++;
    if (label.workplace === evaluation.workplace) workplaceRight++;
    else misses.push(`workplace ${evaluation.workplace} ≠ ${label.workplace} | ${head}\n    evidence: ${evidenceOf(evaluation, 'remote')}${label.note ? `\n    note: ${label.note}` : ''}`);
    if (label.workplace === 'remote') {
      scopeTotal++;
      if (evaluation.remoteScope === label.remote_scope) scopeRight++;
      else if (evaluation.workplace === 'remote') misses.push(`scope ${evaluation.remoteScope} ≠ ${label.remote_scope} | ${head}\n    evidence: ${evidenceOf(evaluation, 'remote')} [${evaluation.remoteRegions.join(', ')}]${label.note ? `\n    note: ${label.note}` : ''}`);
    }
    remote.push([evaluation.workplace === 'remote', label.workplace === 'remote']);
    const predictedMl = evaluation.criteria.find((c) => c.id === 'ml-data')?.met === true;
    ml.push([predictedMl, label.ml_data]);
    if (predictedMl !== label.ml_data) misses.push(`ml-data ${predictedMl} ≠ ${label.ml_data} | ${head}\n    evidence: ${evidenceOf(evaluation, 'ml-data')}${label.note ? `\n    note: ${label.note}` : ''}`);
    const predictedOss = evaluation.criteria.find((c) => c.id === 'open-source')?.met === true;
    oss.push([predictedOss, label.open_source]);
    if (predictedOss !== label.open_source) misses.push(`open-source ${predictedOss} ≠ ${label.open_source} | ${head}\n    evidence: ${evidenceOf(evaluation, 'open-source')}${label.note ? `\n    note: ${label.note}` : ''}`);
    const employment = [...evaluation.employment].sort().join(',');
    if (employment === [...label.employment].sort().join(',')) employmentRight++;
    else misses.push(`employment [${employment}] ≠ [${[...label.employment].sort().join(',')}] | ${head}\n    evidence: ${evidenceOf(evaluation, 'employment')}`);
    const predictedEmails = new Set(emailsOf(record.text_html, posting.emails));
    const actualEmails = new Set(label.emails.map((email) => email.toLowerCase()));
    for (const email of predictedEmails) if (actualEmails.has(email)) emailTp++; else emailFp++;
    for (const email of actualEmails) if (!predictedEmails.has(email)) emailFn++;
    if ([...predictedEmails].sort().join() !== [...actualEmails].sort().join()) misses.push(`emails [${[...predictedEmails].join(', ')}] ≠ [${[...actualEmails].join(', ')}] | ${head}`);
  }
  const count = ml.length;
  const emailPrecision = emailTp + emailFp ? emailTp / (emailTp + emailFp) : 1;
  const emailRecall = emailTp + emailFn ? emailTp / (emailTp + emailFn) : 1;
  return {
    count,
    workplaceAccuracy: workplaceRight / Math.max(1, count),
    workplaceConfusion: confusion,
    remoteScopeAccuracy: scopeRight / Math.max(1, scopeTotal),
    mlData: binary(ml),
    openSource: binary(oss),
    remote: binary(remote),
    emails: { precision: emailPrecision, recall: emailRecall, f1: emailPrecision + emailRecall ? (2 * emailPrecision * emailRecall) / (emailPrecision + emailRecall) : 0 },
    employmentExact: employmentRight / Math.max(1, count),
    misses,
  };
}

/** The targets on this dev set; the test asserts them. */
export const TARGETS = { workplaceAccuracy: 0.95, mlDataF1: 0.92, openSourceF1: 0.9, emailF1: 0.98, employmentExact: 0.95 };

function printReport(report: EvalReport, set: EvalSet): void {
  const pct = (value: number) => value.toFixed(3);
  const row = (name: string, stats: BinaryStats) =>
    `${name.padEnd(12)} accuracy ${pct(stats.accuracy)}  precision ${pct(stats.precision)}  recall ${pct(stats.recall)}  F1 ${pct(stats.f1)}  (tp ${stats.tp} fp ${stats.fp} fn ${stats.fn} tn ${stats.tn})`;
  console.log(`${report.count} labelled posts (${[set.posts].flat().join(' + ')} × ${set.labels}), scored with DEFAULT_PROFILE\n`);
  console.log(row('remote', report.remote));
  console.log(row('ml-data', report.mlData));
  console.log(row('open-source', report.openSource));
  console.log(`\nworkplace accuracy ${pct(report.workplaceAccuracy)} (target ${TARGETS.workplaceAccuracy})`);
  console.log(`label \\ predicted ${WORKPLACES.map((w) => w.padStart(8)).join('')}`);
  for (const actual of WORKPLACES) console.log(`${actual.padEnd(17)} ${WORKPLACES.map((p) => String(report.workplaceConfusion[actual][p]).padStart(8)).join('')}`);
  console.log(`remote_scope accuracy (labelled remote) ${pct(report.remoteScopeAccuracy)}`);
  console.log(`emails precision ${pct(report.emails.precision)} recall ${pct(report.emails.recall)} F1 ${pct(report.emails.f1)} (target ${TARGETS.emailF1})`);
  console.log(`employment exact match ${pct(report.employmentExact)} (target ${TARGETS.employmentExact})`);
  console.log(`targets: ML/data F1 ≥ ${TARGETS.mlDataF1}, open source F1 ≥ ${TARGETS.openSourceF1}`);
  console.log(`\nMisses (${report.misses.length}):`);
  for (const miss of report.misses) console.log(`- ${miss}`);
}

/** Every Hacker News file of the corpus: where the ids of a label file without its own posts file are found. */
function corpusHnFiles(): string[] {
  return readdirSync(corpusPath('hn')).filter((file) => /^hn-.*\.jsonl$/.test(file)).map((file) => corpusPath(`hn/${file}`));
}

const EXTRA_SETS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval-sets');

/** One line per labelled set: the dev set first, then scripts/eval-sets/*.jsonl. */
function printSummary(): void {
  const sets: [string, EvalSet][] = [['dev set (corpus labels)', devSet()]];
  for (const file of readdirSync(EXTRA_SETS).filter((name) => name.endsWith('.jsonl')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    sets.push([`scripts/eval-sets/${file}`, { posts: corpusHnFiles(), labels: path.join(EXTRA_SETS, file) }]);
  }
  const pct = (value: number) => value.toFixed(3);
  console.log(`${'set'.padEnd(34)} ${'posts'.padStart(5)}  workplace  scope  ML F1  OSS F1  email F1  employment`);
  for (const [name, set] of sets) {
    const report = runEval(set);
    console.log(
      `${name.padEnd(34)} ${String(report.count).padStart(5)}  ${pct(report.workplaceAccuracy).padStart(9)}  ${pct(report.remoteScopeAccuracy)}  ${pct(report.mlData.f1)}  ${pct(report.openSource.f1).padStart(6)}  ${pct(report.emails.f1).padStart(8)}  ${pct(report.employmentExact).padStart(10)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { posts: { type: 'string' }, labels: { type: 'string' }, summary: { type: 'boolean' } } });
  if (!values.posts && !hasCorpus()) {
    console.error(`No corpus at ${corpusPath('')}: set JOBFIT_CORPUS to the shared corpus folder, or pass --posts and --labels.`);
    process.exit(1);
  }
  if (values.summary) {
    printSummary();
  } else {
    const posts = values.posts ?? (values.labels ? corpusHnFiles() : devSet().posts);
    const set: EvalSet = { posts, labels: values.labels ?? devSet().labels };
    printReport(runEval(set), set);
  }
}
