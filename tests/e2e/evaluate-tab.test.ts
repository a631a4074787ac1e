// The popup's "evaluate this page": the background injects the content script into the active tab and asks it to
// read the page; where it already runs (a board page) it is asked directly.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../lib/messages';
import {
  e2eSkipReason,
  launchWithExtension,
  openExtensionPage,
  serveCorpusPage,
  suiteName,
  waitForStableCount,
  type ExtensionSession,
} from './fixture';

const PAGE = 'pages/hn/hn_whoishiring_december_2020_item_25266288_page1.html';
const THREAD_URL = 'https://news.ycombinator.com/item?id=25266288';
const skip = e2eSkipReason([PAGE]);

const countBadges = (page: Page) => page.evaluate(() => document.querySelectorAll('jobfit-badge[data-state="scored"]').length);

describe.skipIf(skip)(suiteName('evaluate the active tab from an extension page', skip), () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Sends the popup's message from an extension page while `target` is the active tab. */
  async function evaluateActiveTab(target: Page): Promise<PageReport | { error: string }> {
    const popup = await openExtensionPage(session, 'manifest.json');
    await target.bringToFront();
    try {
      return await popup.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<PageReport | { error: string }> } } }).chrome.runtime.sendMessage({
          type: 'evaluate-active-tab',
        }),
      );
    } finally {
      await popup.close();
    }
  }

  it('has the content script already on a board page read it again, without doubling the badges', async () => {
    await serveCorpusPage(session.context, THREAD_URL, PAGE);
    const page = await session.context.newPage();
    await page.goto(THREAD_URL);
    const before = await waitForStableCount(() => countBadges(page), { atLeast: 2 });
    const report = await evaluateActiveTab(page);
    expect(report).toMatchObject({ board: 'hackernews', kind: 'list', evaluated: before, failedFields: [] });
    expect(await waitForStableCount(() => countBadges(page), { atLeast: before })).toBe(before);
    expect(await page.evaluate(() => document.querySelectorAll('jobfit-badge').length)).toBe(before);
    expect(await page.evaluate(() => document.querySelectorAll('jobfit-summary').length)).toBe(1);
    await page.close();
  });

  it('says so when the active tab is not a web page', async () => {
    const page = await openExtensionPage(session, 'manifest.json');
    const report = await evaluateActiveTab(page);
    expect(report).toEqual({ error: 'JobFit can only read web pages (http or https).' });
    await page.close();
  });
});
