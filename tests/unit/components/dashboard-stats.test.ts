import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { jobStats } from '../../../components/charts/stats';
import { DEFAULT_FILTERS, toJobQuery, type JobFilters } from '../../../components/filters';
import { loadJobStats } from '../../../entrypoints/dashboard/load-stats';
import { DEFAULT_PROFILE, score } from '../../../lib/score/score';
import { openJobDb, type JobDb } from '../../../lib/store/db';
import { hideCompany, queryJobs, saveEvaluated, setStatus } from '../../../lib/store/jobs';
import { makePosting } from './job-fixture';

const opened: JobDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 27, 12);

async function seededDb(): Promise<JobDb> {
  const db = openJobDb(`facts-${crypto.randomUUID()}`);
  opened.push(db);
  const texts = [
    'Fully remote, work from anywhere. You will train machine learning models in Python. Our code is open source on GitHub.',
    'Remote within the US only. You will build SQL data pipelines.',
    'On-site in Berlin, five days a week. React front-end work.',
    'Hybrid, two days in the London office. Analytics and dashboards.',
  ];
  for (let i = 0; i < 40; i++) {
    const posting = makePosting({
      id: `board${i % 3}:${i}`,
      board: ['lever', 'greenhouse', 'hackernews'][i % 3],
      title: `Role ${i}`,
      company: `Company ${i % 7}`,
      workplace: 'unknown',
      location: '',
      description: texts[i % texts.length],
    });
    const job = await saveEvaluated(db, posting, score(posting, DEFAULT_PROFILE), now - (i % 6) * 7 * DAY);
    if (i % 5 === 0) await setStatus(db, job.id, 'contacted', now);
  }
  await hideCompany(db, 'Company 3');
  return db;
}

describe('loadJobStats', () => {
  const cases: [string, JobFilters][] = [
    ['no filter', DEFAULT_FILTERS],
    ['a verdict and a board', { ...DEFAULT_FILTERS, verdict: 'skip', board: 'lever' }],
    ['a status', { ...DEFAULT_FILTERS, status: 'contacted' }],
    ['jobs that are not remote', { ...DEFAULT_FILTERS, remote: 'none' }],
    ['a text search', { ...DEFAULT_FILTERS, text: 'python' }],
    ['hidden jobs too', { ...DEFAULT_FILTERS, hidden: true }],
  ];

  it.each(cases)('gives the same chart numbers as the jobs themselves (%s)', async (_name, filters) => {
    const db = await seededDb();
    const { jobs } = await queryJobs(db, toJobQuery(filters, 0, 1_000));
    expect(jobs.length).toBeGreaterThan(0);
    const fromIndexes = await loadJobStats(db, filters, { now });
    expect(fromIndexes).toEqual(jobStats(jobs, { now }));
  });
});
