// The extension pages driven as a user would: import a backup, triage in the popup from the keyboard, write a note,
// contact an employer, edit the profile, read the dashboard, export and import into a fresh browser profile.
// Screenshots of every page in both colour schemes land in test-results/pages/.
import 'fake-indexeddb/auto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupJson } from '../../lib/export';
import { Posting, type Job } from '../../lib/model';
import { DEFAULT_PROFILE, score } from '../../lib/score/score';
import { openJobDb } from '../../lib/store/db';
import { queryJobs, saveEvaluated } from '../../lib/store/jobs';
import { e2eSkipReason, launchWithExtension, openExtensionPage, readStoredJobs, suiteName, type ExtensionSession } from './fixture';

const skip = e2eSkipReason();
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/pages');
const DAY = 86_400_000;
const SEED_COUNT = 120;

const BOARDS = ['greenhouse', 'lever', 'linkedin', 'hackernews', 'ashby', 'workable'];
const COMPANIES = ['Lumen Data', 'Northwind Analytics', 'Quarry Labs', 'Tessellate', 'Openfield', 'Kestrel AI', 'Harbor Health', 'Parsec Search'];
const ROLES = ['Senior Machine Learning Engineer', 'Data Scientist', 'Search Relevance Engineer', 'Analytics Engineer', 'Frontend Engineer', 'Staff Data Engineer'];
const WHERE = [
  { workplace: 'remote', location: 'Remote', text: 'This is a fully remote role: work from anywhere in the world.' },
  { workplace: 'remote', location: 'Remote (US)', text: 'Remote, but candidates must be based in the United States.' },
  { workplace: 'hybrid', location: 'London', text: 'Hybrid: three days a week in our London office.' },
  { workplace: 'onsite', location: 'Berlin', text: 'This role is on-site in our Berlin office, five days a week.' },
] as const;
const WORK = [
  'You will build machine learning models and retrieval pipelines in Python, with embeddings and vector search.',
  'You will own our data warehouse, SQL models and analytics dashboards.',
  'You will build React front-ends for our customers.',
];
const OPEN_SOURCE = 'We are an open-source company: our core library is on GitHub under the Apache 2.0 license and we pay engineers to maintain it.';

/** A varied, deterministic store: every board, workplace and verdict, seen over ten weeks. */
async function seedBackup(): Promise<{ text: string; jobs: Job[] }> {
  const db = openJobDb(`jobfit-e2e-seed-${process.pid}`);
  const now = Date.now();
  for (let i = 0; i < SEED_COUNT; i++) {
    const board = BOARDS[i % BOARDS.length];
    const company = COMPANIES[i % COMPANIES.length];
    const title = `${ROLES[i % ROLES.length]} ${Math.floor(i / ROLES.length) + 1}`;
    const where = WHERE[i % WHERE.length];
    const description = [
      `${company} is hiring a ${title}.`,
      WORK[i % WORK.length],
      where.text,
      i % 3 === 0 ? OPEN_SOURCE : 'We sell software to hospitals.',
      i % 2 === 0 ? `Write to jobs${i}@${company.toLowerCase().replace(/\s+/g, '')}.example with a few lines about you.` : '',
    ].join('\n\n');
    const posting = Posting.parse({
      id: `${board}:${1000 + i}`,
      board,
      boardJobId: String(1000 + i),
      url: `https://jobs.example/${board}/${1000 + i}`,
      applyUrl: `https://jobs.example/${board}/${1000 + i}/apply`,
      title,
      company,
      location: where.location,
      workplace: where.workplace,
      remoteRegions: [],
      employment: ['full-time'],
      salary: null,
      datePosted: new Date(now - (i % 30) * DAY).toISOString().slice(0, 10),
      description,
      emails: i % 2 === 0 ? [`jobs${i}@${company.toLowerCase().replace(/\s+/g, '')}.example`] : [],
      source: 'jsonld',
      missing: [],
    });
    await saveEvaluated(db, posting, score(posting, DEFAULT_PROFILE), now - (i % 10) * 7 * DAY - i * 60_000);
  }
  const { jobs } = await queryJobs(db, { includeHidden: true, limit: SEED_COUNT * 2 });
  const text = backupJson(jobs, DEFAULT_PROFILE);
  await db.delete();
  return { text, jobs };
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${colorScheme}.png`), fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openPopup(session: ExtensionSession): Promise<Page> {
  const page = await openExtensionPage(session, 'popup.html');
  await page.setViewportSize({ width: 400, height: 600 });
  await page.waitForSelector('[data-job-id]');
  return page;
}

/** Imports a file through the "Your data" section and returns the message it shows for that import. */
async function importFile(page: Page, file: string): Promise<string> {
  await page.evaluate(() => document.querySelector('[data-testid=data-result]')?.setAttribute('data-stale', ''));
  await page.setInputFiles('input[type=file]', file);
  const result = page.locator('[data-testid=data-result]:not([data-stale])');
  await result.waitFor();
  return (await result.textContent()) ?? '';
}

async function exportBackup(page: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON backup' }).click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return readFileSync(file, 'utf8');
}

/** The parts of a job a user owns or sees; stable across export and import. */
function comparable(jobs: Job[]) {
  return jobs
    .map((job) => ({ id: job.id, status: job.status, notes: job.notes, hidden: job.hidden, score: job.score, statusHistory: job.statusHistory, posting: job.posting, sources: job.sources }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe.skipIf(skip)(suiteName('extension pages in Chromium', skip), () => {
  let session: ExtensionSession;
  let seed: { text: string; jobs: Job[] };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'jobfit-pages-'));
  const seedFile = path.join(tmp, 'seed.json');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    seed = await seedBackup();
    writeFileSync(seedFile, seed.text);
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('greets a new user with what to do, in both themes', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByText('Your shortlist is empty').waitFor();
    expect(await popup.getByRole('button', { name: 'Evaluate this page' }).isVisible()).toBe(true);
    await shoot(popup, 'popup-empty');
    await popup.close();
  });

  it('imports a backup from the settings page and says how many jobs it added', async () => {
    const options = await openExtensionPage(session, 'options.html');
    const message = await importFile(options, seedFile);
    expect(message).toContain(`${SEED_COUNT} jobs added`);
    expect((await readStoredJobs(session)).length).toBe(SEED_COUNT);
    await options.close();
  });

  it('lists the best matches first, 50 to a page, with counts per status', async () => {
    const popup = await openPopup(session);
    const ids = await popup.locator('[data-job-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-job-id')));
    const visible = seed.jobs.filter((job) => !job.hidden);
    const best = [...visible].sort((a, b) => b.score - a.score);
    expect(ids).toHaveLength(50);
    expect(best.find((job) => job.id === ids[0])!.score).toBe(best[0].score);
    const scores = ids.map((id) => visible.find((job) => job.id === id)!.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await popup.locator('.pager').textContent()).toContain(`1–50 of ${visible.length}`);
    expect(await popup.getByRole('group', { name: 'Jobs per status' }).textContent()).toContain(`New ${visible.length}`);
    await shoot(popup, 'popup-list');

    await popup.getByRole('button', { name: 'Next page' }).click();
    await popup.getByText(`51–100 of ${visible.length}`).waitFor();
    await popup.close();
  });

  it('filters by verdict and by search text, and keeps the filters for the next opening', async () => {
    let popup = await openPopup(session);
    await popup.getByRole('combobox', { name: 'Verdict' }).selectOption('match');
    const matches = seed.jobs.filter((job) => !job.hidden && job.verdict === 'match').length;
    await popup.waitForFunction((n) => document.querySelectorAll('[data-job-id]').length === Math.min(n, 50), matches);
    await popup.close();
    popup = await openPopup(session);
    expect(await popup.getByRole('combobox', { name: 'Verdict' }).inputValue()).toBe('match');
    await popup.waitForFunction((n) => document.querySelectorAll('[data-job-id]').length === Math.min(n, 50), matches);
    await popup.getByRole('button', { name: 'Clear' }).click();
    await popup.keyboard.press('/');
    await popup.keyboard.type('Parsec');
    const parsec = seed.jobs.filter((job) => !job.hidden && job.company === 'Parsec Search').length;
    await popup.waitForFunction((n) => document.querySelectorAll('[data-job-id]').length === n, parsec);
    const companies = await popup.locator('.job-row-company').allTextContents();
    expect(new Set(companies)).toEqual(new Set(['Parsec Search']));
    await popup.close();
  });

  it('is usable from the keyboard: arrows move, Enter opens, Escape goes back to the same row', async () => {
    const popup = await openPopup(session);
    await popup.keyboard.press('/');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    const second = await popup.evaluate(() => document.activeElement?.closest('[data-job-id]')?.getAttribute('data-job-id'));
    const rows = await popup.locator('[data-job-id]').evaluateAll((r) => r.map((row) => row.getAttribute('data-job-id')));
    expect(second).toBe(rows[1]);
    await shoot(popup, 'popup-keyboard');
    await popup.keyboard.press('Enter');
    await popup.locator('article.job-detail').waitFor();
    expect(await popup.locator('article.job-detail').getAttribute('data-job-id')).toBe(second);
    await popup.keyboard.press('Escape');
    await popup.locator('.job-list').waitFor();
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-job-id]')?.getAttribute('data-job-id'))).toBe(second);
    await popup.close();
  });

  it('keeps a status change and a note after the popup is closed and opened again', async () => {
    const target = [...seed.jobs].sort((a, b) => b.score - a.score)[2];
    let popup = await openPopup(session);
    const row = popup.locator(`[data-job-id="${target.id}"]`);
    await row.getByRole('combobox').selectOption('interested');
    await row.locator('[data-row-focus]').click();
    await popup.getByRole('textbox', { name: 'Notes' }).fill('Ask about the open-source budget.');
    await popup.keyboard.press('Tab');
    await popup.getByText('Saved', { exact: true }).waitFor();
    await popup.close();

    popup = await openPopup(session);
    expect(await popup.locator(`[data-job-id="${target.id}"]`).getByRole('combobox').inputValue()).toBe('interested');
    await popup.locator(`[data-job-id="${target.id}"] [data-row-focus]`).click();
    expect(await popup.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Ask about the open-source budget.');
    const stored = (await readStoredJobs(session)).find((job) => job.id === target.id)!;
    expect(stored.status).toBe('interested');
    expect(stored.statusHistory.map((entry) => entry.status)).toEqual(['new', 'interested']);
    expect(stored.notes).toBe('Ask about the open-source budget.');
    await popup.close();
  });

  it('drafts the email from the posting and the profile, and marks the job contacted', async () => {
    const target = [...seed.jobs].filter((job) => job.posting.emails.length > 0 && job.status === 'new').sort((a, b) => b.score - a.score)[0];
    const popup = await openPopup(session);
    await popup.locator(`[data-job-id="${target.id}"] [data-row-focus]`).click();
    const link = popup.locator('a[href^="mailto:"]');
    const href = (await link.getAttribute('href'))!;
    const mail = new URL(href);
    expect(decodeURIComponent(mail.pathname)).toBe(target.posting.emails[0]);
    expect(mail.searchParams.get('subject')).toBe(`${target.posting.title} at ${target.posting.company}`);
    const body = mail.searchParams.get('body')!;
    expect(body).toContain(`Hello ${target.posting.company} team`);
    expect(body).toContain(DEFAULT_PROFILE.pitch);
    await popup.locator('article.job-detail').evaluate((el) => el.scrollTo(0, 0));
    await shoot(popup, 'popup-detail');

    // Gmail opens in a new tab (its request is blocked here); the job moves to "contacted" either way.
    const [gmail] = await Promise.all([session.context.waitForEvent('page'), popup.getByRole('link', { name: 'Gmail' }).click()]);
    await gmail.close();
    await popup.waitForFunction(() => (document.querySelector('article.job-detail select') as HTMLSelectElement | null)?.value === 'contacted');
    expect((await readStoredJobs(session)).find((job) => job.id === target.id)!.status).toBe('contacted');

    const silent = seed.jobs.find((job) => job.posting.emails.length === 0)!;
    await popup.keyboard.press('Escape');
    await popup.keyboard.press('/');
    await popup.keyboard.type(silent.posting.title);
    await popup.locator(`[data-job-id="${silent.id}"] [data-row-focus]`).click();
    await popup.getByText('This posting gives no email address.').waitFor();
    expect(await popup.getByRole('link', { name: /Apply on the employer's site/ }).getAttribute('href')).toBe(silent.posting.applyUrl);
    await popup.close();
  });

  it('refuses a bad profile value next to its field, then saves, re-scores and previews live', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.setViewportSize({ width: 1280, height: 900 });
    const preview = options.getByTestId('preview-score');
    await preview.waitFor();
    const before = Number(await preview.getAttribute('data-score'));
    await shoot(options, 'options');

    const weight = options.getByRole('spinbutton', { name: 'Weight of Fully remote' });
    await weight.fill('150');
    await options.getByRole('button', { name: /^Save/ }).click();
    await options.getByText('At most 100.').waitFor();
    expect(await weight.getAttribute('aria-invalid')).toBe('true');
    expect(await options.getByRole('status').first().textContent()).toContain('your saved profile is unchanged');
    await shoot(options, 'options-error');

    await weight.fill('30');
    await options.getByRole('checkbox', { name: 'Fully remote' }).uncheck();
    await options.waitForFunction((was) => Number(document.querySelector('[data-testid=preview-score]')?.getAttribute('data-score')) !== was, before);
    // Every text the save status shows, as it changes: re-scoring a large store takes a minute, and says how far it is.
    await options.evaluate(() => {
      const status = document.querySelector('.save-state')!;
      const shown: string[] = [];
      Object.assign(window, { shownStatus: shown });
      new MutationObserver(() => shown.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await options.keyboard.press('Control+s');
    await options.getByText(`Re-scored ${SEED_COUNT} stored jobs`).waitFor();
    const shown = await options.evaluate(() => (window as unknown as { shownStatus: string[] }).shownStatus);
    expect(shown).toContain(`Saved. Re-scoring stored jobs: 0 of ${SEED_COUNT}…`);
    expect(shown.indexOf(`Saved. Re-scoring stored jobs: 0 of ${SEED_COUNT}…`)).toBeLessThan(shown.indexOf(`Saved. Re-scored ${SEED_COUNT} stored jobs.`));
    await options.close();

    const reopened = await openExtensionPage(session, 'options.html');
    expect(await reopened.getByRole('checkbox', { name: 'Fully remote' }).isChecked()).toBe(false);
    await reopened.getByRole('checkbox', { name: 'Fully remote' }).check();
    await reopened.getByRole('button', { name: /^Save/ }).click();
    await reopened.getByText(/Re-scored/).waitFor();
    await reopened.close();
  });

  it('shows the dashboard: charts with their numbers and the same table and filters', async () => {
    const dashboard = await openExtensionPage(session, 'dashboard.html');
    await dashboard.setViewportSize({ width: 1440, height: 1000 });
    await dashboard.waitForSelector('tr[data-job-id]');
    expect(await dashboard.locator('tr[data-job-id]').count()).toBe(50);
    const funnel = dashboard.getByRole('img', { name: /Pipeline: jobs by status/ });
    expect(await funnel.getAttribute('aria-label')).toContain('Contacted: 1');
    expect(await dashboard.getByRole('img', { name: /Jobs by board/ }).getAttribute('aria-label')).toContain(`Greenhouse: ${SEED_COUNT / BOARDS.length}`);
    await shoot(dashboard, 'dashboard');

    await dashboard.getByRole('combobox', { name: 'Board' }).selectOption('lever');
    await dashboard.waitForFunction((n) => document.querySelectorAll('tr[data-job-id]').length === n, SEED_COUNT / BOARDS.length);
    await dashboard.locator('tr[data-job-id]').first().focus();
    await dashboard.keyboard.press('ArrowDown');
    await dashboard.keyboard.press('Enter');
    await dashboard.locator('aside article.job-detail').waitFor();
    await shoot(dashboard, 'dashboard-detail');
    await dashboard.close();
  });

  it('exports a backup that a fresh browser profile imports back to the same data', async () => {
    const options = await openExtensionPage(session, 'options.html');
    const exported = await exportBackup(options, tmp);
    const [csvDownload] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
    const csvFile = path.join(tmp, csvDownload.suggestedFilename());
    await csvDownload.saveAs(csvFile);
    expect(readFileSync(csvFile, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(SEED_COUNT + 1);
    await options.close();
    const original = await readStoredJobs(session);

    const fresh = await launchWithExtension();
    try {
      const page = await openExtensionPage(fresh, 'options.html');
      const file = path.join(tmp, 'exported.json');
      writeFileSync(file, exported);
      expect(await importFile(page, file)).toContain(`${SEED_COUNT} jobs added`);
      expect(comparable(await readStoredJobs(fresh))).toEqual(comparable(original));
      expect(await importFile(page, file)).toContain(`${SEED_COUNT} jobs merged`);
      writeFileSync(path.join(tmp, 'broken.json'), '{"jobs": [1, 2]}');
      const refusal = await importFile(page, path.join(tmp, 'broken.json'));
      expect(refusal).not.toContain('added');
      expect((await readStoredJobs(fresh)).length).toBe(SEED_COUNT);
      await page.close();
    } finally {
      await fresh.close();
    }
  });
});
