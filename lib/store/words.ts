// The words of a job that the text search finds it by, and the terms of a search. Both sides go through the same
// normalisation, so that a job is found by what a person types: case and accents ignored, each term the start of a
// word ('kube' finds Kubernetes, 'rust' does not find 'trust', 'ai' does not find 'maintain').
import type { Job } from '../model';

/** A term this short matches whole words only: as a prefix it would name a large part of the index ('a', 'da'). */
export const WHOLE_WORD_MAX_LENGTH = 2;

/**
 * Longer words are indexed by their first characters only, and terms cut to the same length, so a long token (a
 * URL path, an id) costs one short index key and is still found by any term that starts it.
 */
const INDEXED_WORD_LENGTH = 24;

// Function words that say nothing about a job and occur in nearly every description; indexing them would cost about
// a fifth of the index. Abbreviations that name something ('it', 'us', 'ai', 'go') are deliberately not here.
const STOP_WORDS = new Set(
  ('a an and are as at be but by for from has have in into is of on or our that the their this to was we were will ' +
    'with you your')
    .split(' '),
);

// A word: letters and digits, keeping a trailing '+' or '#' so that 'c++' and 'c#' stay distinct from 'c'.
const WORD = /[\p{L}\p{N}]+[+#]*/gu;

function folded(text: string): string {
  const lower = text.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
}

function words(text: string): string[] {
  return (folded(text).match(WORD) ?? [])
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => word.slice(0, INDEXED_WORD_LENGTH));
}

/** The distinct words of what a person reads in the list and writes in it: title, company, location, description, notes. */
export function jobWords(row: Partial<Job>): string[] {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const posting = row.posting && typeof row.posting === 'object' ? row.posting : undefined;
  const fields = [posting?.title, row.company, posting?.location, posting?.description, row.notes];
  return [...new Set(words(fields.map(text).join('\n')))];
}

/**
 * A job's words, stored in their own table so that reading jobs (a page, an export) never reads them: they are
 * about as long as the description.
 */
export interface JobWords {
  id: string;
  words: string[];
}

/** The words row of a job row, read as far as it can be when corrupt; null for a row without an id. */
export function jobWordsRow(row: unknown): JobWords | null {
  if (!row || typeof row !== 'object' || !('id' in row)) return null;
  return { id: (row as { id: string }).id, words: jobWords(row as Partial<Job>) };
}

export function jobWordsRows(rows: readonly unknown[]): JobWords[] {
  return rows.map(jobWordsRow).filter((row): row is JobWords => row !== null);
}

export function sameWords(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((word, i) => word === b[i]);
}

/** The distinct terms of a search; every one must start a word of the job (or be one, when short). */
export function searchTerms(query: string): string[] {
  return [...new Set(words(query))];
}
