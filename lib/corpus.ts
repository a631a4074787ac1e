// Where tests, scripts and the CLI find the shared, read-only corpus of saved pages and labels.
// Node-only (uses fs): the extension never imports it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The corpus folder: $JOBFIT_CORPUS, else `../shared/corpus` next to the project. */
export function corpusDir(): string {
  const fromEnv = process.env.JOBFIT_CORPUS;
  return fromEnv ? path.resolve(fromEnv) : path.resolve(projectRoot, '../shared/corpus');
}

/** True when the corpus is present; tests skip (with a message) when it is not. */
export function hasCorpus(): boolean {
  return existsSync(path.join(corpusDir(), 'labels'));
}

/** Absolute path of a corpus-relative file, e.g. `pages/hn/….html`. */
export function corpusPath(rel: string): string {
  return path.join(corpusDir(), rel);
}

export function readCorpus(rel: string): string {
  return readFileSync(corpusPath(rel), 'utf8');
}
