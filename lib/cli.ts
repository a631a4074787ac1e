// The command-line front door: the extension's own extraction and scoring, run over saved pages and JSONL files.
//   jobfit evaluate [--url URL] [--profile PROFILE.json] [--generic] FILE...   (FILE: .html page, .jsonl posts, or - for stdin)
//   jobfit profile                                                                 (prints the default profile)
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Evaluation, Posting, Profile } from './model';
import { extractPage, postingFromRecord, type PostingRecord } from './extract/index';
import { parseHtml } from './extract/dom-node';
import { score } from './score/score';
import { DEFAULT_PROFILE, parseProfile } from './score/profile';

const USAGE = `usage:
  jobfit evaluate [--url URL] [--profile PROFILE.json] [--generic] FILE...
      FILE.html    a saved page, read as if it were at --url (default: the page's canonical URL)
      FILE.jsonl   one posting per line: {text_html | text, id?, url?, board?, title?, company?}; "-" reads stdin
      --generic    also try the generic reader on pages no board adapter knows
  jobfit profile   print the default profile (a starting point for --profile)`;

/** One output line: the contract the evaluation and benchmark tools build on (see README). */
export function outputLine(posting: Posting, evaluation: Evaluation) {
  return {
    id: posting.id,
    url: posting.url,
    board: posting.board,
    title: posting.title,
    company: posting.company,
    location: posting.location,
    workplace: evaluation.workplace,
    remoteScope: evaluation.remoteScope,
    remoteRegions: evaluation.remoteRegions,
    employment: evaluation.employment,
    salary: posting.salary,
    datePosted: posting.datePosted,
    emails: posting.emails,
    description: posting.description,
    score: evaluation.score,
    verdict: evaluation.verdict,
    conflicts: evaluation.conflicts,
    criteria: evaluation.criteria.map(({ id, met, points, evidence }) => ({ id, met, points, evidence })),
  };
}

/** The URL a saved page claims for itself, so that the right board adapter reads it. */
export function canonicalUrlOf(html: string): string | null {
  const head = html.slice(0, 200_000);
  const patterns = [
    /<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"']+)["']/i,
    /<link\b[^>]*\bhref=["']([^"']+)["'][^>]*\brel=["']?canonical["']?/i,
    /<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"']+)["']/i,
    /<meta\b[^>]*\bcontent=["']([^"']+)["'][^>]*\bproperty=["']og:url["']/i,
  ];
  const found = patterns
    .map((pattern) => pattern.exec(head)?.[1]?.replace(/&amp;/g, '&'))
    .filter((url): url is string => url !== undefined && /^https?:\/\//i.test(url));
  // Some pages declare an http:// canonical beside an https:// og:url; boards are matched on https.
  return found.find((url) => url.startsWith('https://')) ?? found[0]?.replace(/^http:/i, 'https:') ?? null;
}

interface Options {
  url: string | undefined;
  profile: Profile;
  generic: boolean;
}

class Cli {
  failures = 0;

  constructor(private readonly options: Options, private readonly cwd: string) {}

  fail(where: string, message: string): void {
    this.failures++;
    process.stderr.write(`jobfit: ${where}: ${message}\n`);
  }

  emit(posting: Posting): void {
    process.stdout.write(`${JSON.stringify(outputLine(posting, score(posting, this.options.profile)))}\n`);
  }

  async evaluate(file: string): Promise<void> {
    if (file === '-') return this.evaluateLines(process.stdin, '<stdin>');
    const fullPath = path.resolve(this.cwd, file);
    if (/\.jsonl?$/i.test(file)) return this.evaluateLines(createReadStream(fullPath), file);
    let html: string;
    try {
      html = readFileSync(fullPath, 'utf8');
    } catch (error) {
      return this.fail(file, `cannot read the file (${(error as Error).message})`);
    }
    this.evaluatePage(html, file);
  }

  evaluatePage(html: string, file: string): void {
    const url = this.options.url ?? canonicalUrlOf(html) ?? `file://${path.resolve(this.cwd, file)}`;
    try {
      const doc = parseHtml(html, url);
      const extraction = extractPage(doc, url, { generic: this.options.generic, sniffBoard: this.options.url === undefined });
      if (extraction.health && extraction.health.failedFields.length > 0) {
        process.stderr.write(
          `jobfit: ${file}: ${extraction.health.board} page read in part; missing: ${extraction.health.failedFields.join(', ')}\n`,
        );
      }
      if (extraction.items.length === 0) process.stderr.write(`jobfit: ${file}: no postings found (read as ${url})\n`);
      for (const item of extraction.items) this.emit(item.posting);
    } catch (error) {
      this.fail(file, `cannot evaluate the page (${(error as Error).message})`);
    }
  }

  async evaluateLines(input: NodeJS.ReadableStream, file: string): Promise<void> {
    let lineNumber = 0;
    try {
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        lineNumber++;
        if (line.trim() === '') continue;
        let record: unknown;
        try {
          record = JSON.parse(line);
        } catch (error) {
          this.fail(`${file}:${lineNumber}`, `not valid JSON (${(error as Error).message})`);
          continue;
        }
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
          this.fail(`${file}:${lineNumber}`, 'expected a JSON object with text_html or text');
          continue;
        }
        const { text_html, text } = record as PostingRecord;
        if (typeof text_html !== 'string' && typeof text !== 'string') {
          this.fail(`${file}:${lineNumber}`, 'the object has neither "text_html" nor "text" as a string');
          continue;
        }
        try {
          this.emit(postingFromRecord(record as PostingRecord));
        } catch (error) {
          this.fail(`${file}:${lineNumber}`, (error as Error).message);
        }
      }
    } catch (error) {
      this.fail(file, `cannot read the file (${(error as Error).message})`);
    }
  }
}

function loadProfile(file: string | undefined, cwd: string): Profile {
  if (!file) return DEFAULT_PROFILE;
  const text = readFileSync(path.resolve(cwd, file), 'utf8');
  return parseProfile(JSON.parse(text));
}

export async function main(argv: string[], cwd: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'profile') {
    process.stdout.write(`${JSON.stringify(DEFAULT_PROFILE, null, 2)}\n`);
    return 0;
  }
  if (command !== 'evaluate') {
    process.stderr.write(`${USAGE}\n`);
    return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { url: { type: 'string' }, profile: { type: 'string' }, generic: { type: 'boolean', default: false } },
    });
  } catch (error) {
    process.stderr.write(`jobfit: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write(`jobfit: no FILE given\n${USAGE}\n`);
    return 2;
  }
  let profile: Profile;
  try {
    profile = loadProfile(parsed.values.profile, cwd);
  } catch (error) {
    process.stderr.write(`jobfit: ${parsed.values.profile}: not a usable profile (${(error as Error).message})\n`);
    return 2;
  }
  const cli = new Cli({ url: parsed.values.url, profile, generic: parsed.values.generic ?? false }, cwd);
  for (const file of parsed.positionals) await cli.evaluate(file);
  return cli.failures > 0 ? 1 : 0;
}

// npm runs scripts from the package root; INIT_CWD is where the user typed the command, so relative paths resolve there.
const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, 'cli.ts');
if (invokedDirectly) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd()).then((code) => {
    process.exitCode = code;
  });
}
