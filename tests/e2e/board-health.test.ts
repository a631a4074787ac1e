// A board whose markup changed: a Lever posting page without the company anywhere is read in part. The page is
// badged as unreadable, nothing is stored, the popup names the board, the field and the page; a later Lever page
// that reads whole clears the notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eSkipReason, launchWithExtension, openExtensionPage, readStoredJobs, serveHtml, suiteName, type ExtensionSession } from './fixture';

const skip = e2eSkipReason();
const BROKEN_URL = 'https://jobs.lever.co/acme/0b6f2f52-8d3c-4f7e-9a51-1c2d3e4f5a6b';
const WHOLE_URL = 'https://jobs.lever.co/acme/7c1e9d20-4b5a-4c3d-8e2f-6a7b8c9d0e1f';

function leverPosting(title: string | null): string {
  return `<!doctype html><html><head>${title ? `<title>${title}</title>` : ''}</head><body>
    <div class="posting-page"><div class="posting-headline"><h2>Senior Data Engineer</h2>
    <div class="posting-categories"><div class="location">Remote</div></div></div>
    <div class="section-wrapper page-full-width"><p>Build our data platform. Fully remote.</p></div></div></body></html>`;
}

describe.skipIf(skip)(suiteName('board health in Chromium', skip), () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('names the board and the failed field in the popup, stores nothing half-read, and clears on a whole read', async () => {
    await serveHtml(session.context, BROKEN_URL, leverPosting(null));
    await serveHtml(session.context, WHOLE_URL, leverPosting('Acme - Senior Data Engineer'));
    const broken = await session.context.newPage();
    await broken.goto(BROKEN_URL);
    await broken.waitForSelector('jobfit-badge[data-state="unreadable"]');

    const popup = await openExtensionPage(session, 'popup.html');
    const notice = popup.locator('.board-health li');
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Couldn't fully read: Lever — company (1 page, last today)");
    expect(await notice.locator('a').getAttribute('href')).toBe(BROKEN_URL);
    expect(await readStoredJobs(session)).toEqual([]);
    await popup.close();

    const whole = await session.context.newPage();
    await whole.goto(WHOLE_URL);
    await whole.waitForSelector('jobfit-badge[data-state="scored"]');
    const after = await openExtensionPage(session, 'popup.html');
    await after.locator('[data-job-id]').first().waitFor();
    // Board health is read with the counts, once the list is shown: both there, the notice is gone.
    await after.locator('.status-counts').waitFor();
    await after.waitForTimeout(500);
    expect(await after.locator('.board-health').count()).toBe(0);
    await Promise.all([after.close(), whole.close(), broken.close()]);
  });
});
