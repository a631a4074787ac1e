// A re-scoring of the stored jobs cut short (the settings page closed after a profile change, or the worker stopped;
// 10,000 jobs take a minute) is finished by the worker when it starts again, or by the settings page opened again,
// with the profile stored now.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../lib/model';
import { DEFAULT_PROFILE, parseProfile, profileHash } from '../../lib/score/profile';
import {
  e2eSkipReason, HN_THREAD_PAGE, HN_THREAD_URL, launchWithExtension, openExtensionPage, readStoredJobs, serveCorpusPage, suiteName,
  waitForStableCount, type ExtensionSession,
} from './fixture';

const skip = e2eSkipReason([HN_THREAD_PAGE]);

describe.skipIf(skip)(suiteName('a re-scoring cut short', skip), () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is finished by the worker when it starts again', async () => {
    await serveCorpusPage(session.context, HN_THREAD_URL, HN_THREAD_PAGE);
    const thread = await session.context.newPage();
    await thread.goto(HN_THREAD_URL);
    const stored = await waitForStableCount(async () => (await readStoredJobs(session)).length, { atLeast: 150 });
    await thread.close();
    const before = new Set((await readStoredJobs(session)).map((job) => job.evaluation.profileHash));

    // The settings page saved a new profile and had re-scored none of the jobs when it was closed.
    const profile = parseProfile({ ...DEFAULT_PROFILE, timeZone: 'Europe/Berlin', thresholds: { match: 90, maybe: 60 } });
    expect(before.has(profileHash(profile))).toBe(false);
    const extensionPage = await openExtensionPage(session, 'manifest.json');
    await saveUnfinished(extensionPage, profile);

    // Stopped as Chromium stops an idle worker, then started again (by any event; here DevTools).
    const cdp = await session.context.newCDPSession(extensionPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${session.extensionId}/` });

    expect(await waitForStableCount(() => scoredBy(profile), { atLeast: stored, timeoutMs: 30_000 })).toBe(stored);
    expect(await pendingRun(extensionPage)).toBeNull();
    await extensionPage.close();
  });

  it('is finished by the settings page when it is opened again, and says so', async () => {
    const stored = (await readStoredJobs(session)).length;
    const extensionPage = await openExtensionPage(session, 'manifest.json');
    const profile = parseProfile({ ...DEFAULT_PROFILE, timeZone: 'Europe/Berlin', thresholds: { match: 85, maybe: 55 } });
    await saveUnfinished(extensionPage, profile);
    const options = await openExtensionPage(session, 'options.html');
    // The number is the page's own share: a worker starting meanwhile would take some of the chunks.
    await options.getByText(/^Re-scored [\d,]+ stored jobs? left from your last save\.$/).waitFor({ timeout: 30_000 });
    expect(await scoredBy(profile)).toBe(stored);
    expect(await pendingRun(extensionPage)).toBeNull();
    await options.close();
    await extensionPage.close();
  });

  /** How many stored jobs carry `profile`'s scores. */
  async function scoredBy(profile: Profile): Promise<number> {
    return (await readStoredJobs(session)).filter((job) => job.evaluation.profileHash === profileHash(profile)).length;
  }
});

/** Writes, from a page of the extension's origin, what a settings page closed right after saving `profile` leaves. */
async function saveUnfinished(page: Page, profile: Profile): Promise<void> {
  await page.evaluate(async (saved) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jobfit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('settings', 'readwrite');
      transaction.objectStore('settings').put({ key: 'profile', value: saved });
      transaction.objectStore('settings').put({ key: 'rescore', value: { run: `cut-short-${Date.now()}`, after: null } });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, profile);
}

/** The stored record of an unfinished re-scoring, or null. */
async function pendingRun(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jobfit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const value = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('settings').objectStore('settings').get('rescore');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return value ?? null;
  });
}
