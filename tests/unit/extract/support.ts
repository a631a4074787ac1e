// Shared by the extraction tests: saved pages from the corpus, parsed as the content script would see them.
import { readdirSync } from 'node:fs';
import { corpusPath, readCorpus } from '../../../lib/corpus';
import { parseHtml } from '../../../lib/extract/dom-node';
import { Posting } from '../../../lib/model';
import type { PageExtraction } from '../../../lib/extract/index';

export interface LabelledSample {
  title: string;
  company: string;
  location: string;
}
export interface PageLabel {
  file: string;
  board: string;
  url: string;
  kind: 'posting' | 'list' | 'none';
  posting?: LabelledSample & { workplace: string; employment: string[]; description_min_chars: number; emails: string[] };
  list?: { count: number; count_visible_dom?: number; sample: LabelledSample[] };
  notes?: string;
}

export function pageLabels(): PageLabel[] {
  return JSON.parse(readCorpus('labels/pages.json')) as PageLabel[];
}

/** Every saved page, corpus-relative. */
export function savedPages(): string[] {
  return readdirSync(corpusPath('pages')).flatMap((folder) =>
    readdirSync(corpusPath(`pages/${folder}`)).filter((name) => name.endsWith('.html')).map((name) => `pages/${folder}/${name}`),
  );
}

export function loadPage(rel: string, url: string): Document {
  return parseHtml(readCorpus(rel), url);
}

/** Where an unlabelled page was served from: its og:url or canonical link, which the page itself states. */
export function statedUrl(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return og || canonical || null;
}

/** Lower-cased letters and digits only, for comparing page text with hand labels. */
export function norm(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Equal after normalising, or one contains the other (a label "Rome" for "Rome, IT"). */
export function sameText(expected: string, actual: string): boolean {
  const e = norm(expected);
  const a = norm(actual);
  if (e === a) return true;
  if (!e || !a) return false;
  return a.includes(e) || (e.includes(a) && a.length >= 4);
}

/** Every posting of an extraction passes the schema the background worker parses messages with. */
export function assertValidPostings(extraction: PageExtraction): void {
  for (const item of extraction.items) Posting.parse(item.posting);
}
