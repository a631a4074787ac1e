// The popup open while a long thread is being stored (scores reach the badges first, the jobs follow): its live query
// reads during the writes without an error and shows the jobs as they arrive.
import { describe, expect, it } from 'vitest';
import {
  e2eSkipReason,
  HN_POSTS_FILE,
  HN_THREAD_PAGE,
  launchWithExtension,
  openExtensionPage,
  serveHtml,
  suiteName,
  SYNTHETIC_THREAD_URL,
  syntheticHnThread,
} from './fixture';

const POSTS = 600;
const skip = e2eSkipReason([HN_THREAD_PAGE, HN_POSTS_FILE]);

describe.skipIf(skip)(suiteName('The popup while a 600-post thread is being stored', skip), () => {
  it('stays free of errors while the jobs arrive, and lists them', async () => {
    const session = await launchWithExtension();
    try {
      await serveHtml(session.context, SYNTHETIC_THREAD_URL, syntheticHnThread(POSTS));
      // Open first, so that every write of the thread happens under the popup's live query.
      const popup = await openExtensionPage(session, 'popup.html');
      const page = await session.context.newPage();
      await page.goto(SYNTHETIC_THREAD_URL);
      const errors: string[] = [];
      let stored = 0;
      for (let second = 0; second < 90 && stored < POSTS; second++) {
        await page.waitForTimeout(1_000);
        const text = await popup.evaluate(() => document.body.innerText);
        if (/could not be read|failed/i.test(text)) errors.push(text.slice(0, 300));
        stored = await page.evaluate(() => document.querySelectorAll('jobfit-badge[data-stored]').length);
      }
      expect(stored).toBe(POSTS);
      await popup.waitForSelector('[data-job-id]', { timeout: 15_000 });
      expect(errors).toEqual([]);
    } finally {
      await session.close();
    }
  }, 150_000);
});
