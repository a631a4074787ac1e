// The Firefox build in Firefox ESR: installed as a temporary add-on, it badges the "Who is hiring?" thread as the
// Chromium build does (scoring and storage included), in a browser with Firefox's own content-script rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { corpusPath, readCorpus } from '../../lib/corpus';
import { extractPage } from '../../lib/extract';
import { parseHtml } from '../../lib/extract/dom-node';
import { suiteName } from './fixture';
import { FIREFOX_EXTENSION_DIR, FirefoxSession, firefoxSkipReason } from './firefox-bidi';

const PAGE = 'pages/hn/hn_whoishiring_december_2020_item_25266288_page1.html';
const THREAD_URL = 'https://news.ycombinator.com/item?id=25266288';
const skip = firefoxSkipReason() ?? (existsSync(corpusPath(PAGE)) ? null : `corpus file missing: ${corpusPath(PAGE)} (set JOBFIT_CORPUS)`);

describe.skipIf(skip)(suiteName('the Firefox build in Firefox ESR', skip), () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await FirefoxSession.launch();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('installs and badges every top-level post of the thread, each with a score', async () => {
    expect(await firefox.installTemporaryAddon(FIREFOX_EXTENSION_DIR)).toBe('jobfit@jobfit.local');
    const html = readCorpus(PAGE);
    const expected = extractPage(parseHtml(html, THREAD_URL), THREAD_URL).items.length;
    expect(expected).toBeGreaterThan(100);
    firefox.serve(THREAD_URL, html);
    const tab = await firefox.navigate(THREAD_URL);

    let counts = { badges: 0, scored: 0, summaries: 0 };
    for (let waited = 0; waited < 60_000 && counts.scored < expected; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      counts = await firefox.evaluate(tab, `({
        badges: document.querySelectorAll('jobfit-badge').length,
        scored: [...document.querySelectorAll('jobfit-badge')].filter((b) => /^\\d+$/.test(b.dataset.score ?? '')).length,
        summaries: document.querySelectorAll('jobfit-summary').length,
      })`);
    }
    expect(counts).toEqual({ badges: expected, scored: expected, summaries: 1 });
  });
});
