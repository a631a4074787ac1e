import { describe, expect, it } from 'vitest';
import { DAY, freshDb, T0 } from './helpers';
import { boardHealthReport, dismissBoardHealth, recordHealth } from '../../../lib/store/health';

const LINKEDIN_A = 'https://www.linkedin.com/jobs/view/1/';
const LINKEDIN_B = 'https://www.linkedin.com/jobs/view/2/';

describe('board health', () => {
  it('starts empty', async () => {
    expect(await boardHealthReport(freshDb())).toEqual([]);
  });

  it('counts distinct pages per board, keeps the last URL and fields, and a repeat of the same page once', async () => {
    const db = freshDb();
    await recordHealth(db, { board: 'linkedin', url: LINKEDIN_A, failedFields: ['title'] }, T0);
    await recordHealth(db, { board: 'linkedin', url: LINKEDIN_A, failedFields: ['title'] }, T0 + 1);
    await recordHealth(db, { board: 'linkedin', url: LINKEDIN_B, failedFields: ['title', 'company', 'title'] }, T0 + DAY);
    expect(await boardHealthReport(db)).toEqual([
      { board: 'linkedin', url: LINKEDIN_B, failedFields: ['title', 'company'], count: 2, lastSeen: T0 + DAY },
    ]);
  });

  it('clears a board when a later page of it reads whole, and leaves other boards alone', async () => {
    const db = freshDb();
    await recordHealth(db, { board: 'linkedin', url: LINKEDIN_A, failedFields: ['company'] }, T0);
    await recordHealth(db, { board: 'indeed', url: 'https://www.indeed.com/viewjob?jk=1', failedFields: ['title'] }, T0 + 1);
    await recordHealth(db, { board: 'linkedin', url: LINKEDIN_B, failedFields: [] }, T0 + 2);
    expect((await boardHealthReport(db)).map((record) => record.board)).toEqual(['indeed']);
    await recordHealth(db, { board: 'linkedin', url: LINKEDIN_A, failedFields: ['company'] }, T0 + 3);
    const linkedin = (await boardHealthReport(db))[0];
    expect(linkedin).toMatchObject({ board: 'linkedin', count: 1, lastSeen: T0 + 3 });
  });

  it('lists the most recent board first; dismissing forgets only the named boards', async () => {
    const db = freshDb();
    await recordHealth(db, { board: 'indeed', url: 'https://www.indeed.com/q', failedFields: ['title'] }, T0);
    await recordHealth(db, { board: 'lever', url: 'https://jobs.lever.co/x', failedFields: ['title'] }, T0 + 5);
    await recordHealth(db, { board: 'linkedin', url: LINKEDIN_A, failedFields: ['title'] }, T0 + 2);
    expect((await boardHealthReport(db)).map((record) => record.board)).toEqual(['lever', 'linkedin', 'indeed']);
    await dismissBoardHealth(db, ['lever', 'indeed']);
    expect((await boardHealthReport(db)).map((record) => record.board)).toEqual(['linkedin']);
  });

  it('refuses a malformed report with the bad field named, and reads a tampered record as empty', async () => {
    const db = freshDb();
    await expect(recordHealth(db, { board: 'x'.repeat(65), url: LINKEDIN_A, failedFields: ['title'] })).rejects.toThrow(/board/);
    await db.settings.put({ key: 'boardHealth', value: { linkedin: { board: 'linkedin', count: 'many' } } });
    expect(await boardHealthReport(db)).toEqual([]);
    await recordHealth(db, { board: 'lever', url: 'https://jobs.lever.co/x', failedFields: ['company'] }, T0);
    expect(await boardHealthReport(db)).toHaveLength(1);
  });
});
