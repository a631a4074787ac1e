import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eSkipReason, launchWithExtension, readStoredJobs, serveHtml, suiteName, type ExtensionSession } from './fixture';

const skip = e2eSkipReason();

describe.skipIf(skip)(suiteName('extension in Chromium', skip), () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads with its service worker and an id', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
  });

  it('asks only for the permissions it uses', async () => {
    // The worker's global `chrome` is not in the test's types; the manifest it returns is plain JSON.
    const manifest = await session.worker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { permissions?: string[] } } } }).chrome.runtime.getManifest(),
    );
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage']);
  });

  it('never lets a page reach the network', async () => {
    const page = await session.context.newPage();
    await serveHtml(session.context, 'https://example.test/served', '<html><body><p id="ok">served</p></body></html>');
    await page.goto('https://example.test/served');
    expect(await page.textContent('#ok')).toBe('served');
    await expect(page.goto('https://example.test/elsewhere')).rejects.toThrow();
    await page.close();
  });

  it('starts with an empty store', async () => {
    expect(await readStoredJobs(session)).toEqual([]);
  });
});
