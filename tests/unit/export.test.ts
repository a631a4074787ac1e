import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freshDb, DAY, T0 } from './store/helpers';
import { makeEvaluation, makeJob, makePosting, makeProfile } from './factories';
import { backupJson, exportBackup, exportCsv, importBackup, jobsToCsv, mergeJobs, parseBackup } from '../../lib/export';
import { READ_BATCH, readAllJobs, readJobBatches, saveEvaluated, setHidden, setNotes, setStatus } from '../../lib/store/jobs';
import { loadProfile, saveProfile } from '../../lib/store/settings';
import type { JobDb } from '../../lib/store/db';
import type { Job } from '../../lib/model';

/** A strict RFC 4180 reader: quoted fields with doubled quotes, CRLF record ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') { cell += '"'; i += 2; }
        else if (text[i] === '"') { i++; break; }
        else if (i >= text.length) throw new Error('unterminated quote');
        else cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; }
    else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

const byId = (jobs: Job[]) => [...jobs].sort((a, b) => a.id.localeCompare(b.id));

describe('jobsToCsv', () => {
  const hostile = makeJob({
    posting: makePosting({
      title: 'Engineer, "Data" (Zürich)',
      description: 'Line one,\r\nline "two"\n\n=cmd|" /C calc"!A0',
      salary: { min: null, max: null, currency: null, period: null, text: '+1 200 €' },
    }),
    notes: '=HYPERLINK("http://evil.example","click")',
    company: '@Acme; Ünïcode',
    statusHistory: [{ status: 'new', at: T0 }, { status: 'applied', at: T0 + DAY }],
    status: 'applied',
  });
  hostile.sources.push({ postingId: 'linkedin:7', board: 'linkedin', url: 'https://www.linkedin.com/jobs/view/7', firstSeen: T0, lastSeen: T0 });

  it('writes a BOM, CRLF rows, a header and one row per job that parses back exactly', () => {
    const csv = jobsToCsv([hostile, makeJob()]);
    expect(csv.startsWith('\uFEFFid,status,score,')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(header.map((name, i) => [name, rows[0][i]]));
    expect(row.title).toBe(hostile.posting.title);
    expect(row.description).toBe(hostile.posting.description);
    expect(row['source urls']).toBe(`${hostile.posting.url}; https://www.linkedin.com/jobs/view/7`);
    expect(row['status history']).toBe('new@2026-11-01T00:00:00.000Z; applied@2026-11-02T00:00:00.000Z');
    expect(row.criteria).toBe('remote 30/30; ml-data 30/30; open-source 20/30; salary 0/10 (unknown)');
    expect(row.score).toBe('80');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const [header, row] = parseCsv(jobsToCsv([hostile]).slice(1));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('notes')).toBe(`'${hostile.notes}`);
    expect(cell('company')).toBe("'@Acme; Ünïcode");
    expect(cell('salary')).toBe("'+1 200 €");
    const tabbed = makeJob({ notes: '\tx', posting: makePosting({ title: '-2+3' }) });
    const [, tabRow] = parseCsv(jobsToCsv([tabbed]).slice(1));
    expect(tabRow[header.indexOf('notes')]).toBe("'\tx");
    expect(tabRow[header.indexOf('title')]).toBe("'-2+3");
  });
});

describe('jobsToCsv round trip (property)', () => {
  const tricky = fc
    .array(fc.oneof(fc.constantFrom('"', ',', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', ';', "'", 'é', '€', ' '), fc.string()), { maxLength: 12 })
    .map((parts) => parts.join(''));

  it('reads back every title and note exactly, formula-looking ones behind one apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(tricky, tricky), { minLength: 1, maxLength: 5 }), (cells) => {
        const jobs = cells.map(([title, notes], i) => makeJob({ id: `j${i}`, notes, posting: makePosting({ title }) }));
        const [header, ...rows] = parseCsv(jobsToCsv(jobs).slice(1));
        expect(rows).toHaveLength(jobs.length);
        const shown = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
        rows.forEach((row, i) => {
          expect(row).toHaveLength(header.length);
          expect(row[header.indexOf('title')]).toBe(shown(cells[i][0]));
          expect(row[header.indexOf('notes')]).toBe(shown(cells[i][1]));
        });
      }),
    );
  });
});

describe('jobsToCsv times (property)', () => {
  // Written without a Date from 1970 to 9999; outside those years (and for a fraction of a millisecond) by the Date.
  const time = fc.oneof(
    fc.integer({ min: 0, max: 253_402_300_799_999 }),
    fc.integer({ min: -86_400_000 * 800, max: 86_400_000 * 800 }),
    fc.constantFrom(0, 951_782_400_000, 4_107_542_399_999, 253_402_300_799_999, 253_402_300_800_000, -1, 8.64e15, -8.64e15, 1.5),
  );

  it('writes first seen, last seen and the status history as toISOString does', () => {
    fc.assert(
      fc.property(time, time, time, (firstSeen, lastSeen, at) => {
        const job = makeJob({ firstSeen, lastSeen, statusHistory: [{ status: 'new', at }] });
        const [header, row] = parseCsv(jobsToCsv([job]).slice(1));
        const cell = (name: string) => row[header.indexOf(name)];
        // Six-digit years start with a sign, which the CSV puts behind an apostrophe as it does any formula-like cell.
        const shown = (text: string) => (/^[+-]/.test(text) ? `'${text}` : text);
        expect([cell('first seen'), cell('last seen'), cell('status history')])
          .toEqual([shown(new Date(firstSeen).toISOString()), shown(new Date(lastSeen).toISOString()), `new@${new Date(at).toISOString()}`]);
      }),
      { numRuns: 2_000 },
    );
  });
});

async function populate(db: JobDb): Promise<void> {
  await saveEvaluated(db, makePosting({ board: 'linkedin', boardJobId: '1', id: 'linkedin:1', description: 'Café, "quotes"\nand lines.' }), makeEvaluation(), T0);
  await saveEvaluated(db, makePosting(), makeEvaluation({ score: 91 }), T0 + DAY);
  const other = await saveEvaluated(db, makePosting({ board: 'lever', boardJobId: 'z', id: 'lever:z', title: 'Data Scientist', company: 'Zeta' }), makeEvaluation({ score: 40, verdict: 'skip', remoteScope: null }), T0);
  await setStatus(db, 'linkedin:1', 'contacted', T0 + 2 * DAY);
  await setNotes(db, 'linkedin:1', 'Wrote to careers@.');
  await setHidden(db, other.id, true);
  await saveProfile(db, makeProfile({ name: 'Backup Owner' }));
}

describe('backup and import', () => {
  it('gives back the same jobs and profile in a fresh database', async () => {
    const source = freshDb();
    await populate(source);
    const { jobs } = await readAllJobs(source);
    const text = backupJson(jobs, await loadProfile(source, makeProfile()), T0);
    expect(JSON.parse(text)).toMatchObject({ format: 'jobfit-backup', version: 1, exportedAt: '2026-11-01T00:00:00.000Z' });

    const target = freshDb();
    expect(await importBackup(target, text)).toEqual({ added: 2, merged: 0, profileRestored: true });
    expect(byId((await readAllJobs(target)).jobs)).toEqual(byId(jobs));
    expect(await loadProfile(target, makeProfile())).toEqual(makeProfile({ name: 'Backup Owner' }));
  });

  it('is idempotent: importing the same file again changes nothing', async () => {
    const db = freshDb();
    await populate(db);
    const before = byId((await readAllJobs(db)).jobs);
    const text = backupJson(before, makeProfile({ name: 'Other' }));
    expect(await importBackup(db, text)).toEqual({ added: 0, merged: 2, profileRestored: false });
    expect(await importBackup(db, text)).toEqual({ added: 0, merged: 2, profileRestored: false });
    expect(byId((await readAllJobs(db)).jobs)).toEqual(before);
    expect((await loadProfile(db, makeProfile())).name).toBe('Backup Owner');
  });

  it('merges another device’s record of a job: later posting, all sources, status history by time, both notes', async () => {
    const db = freshDb();
    await saveEvaluated(db, makePosting(), makeEvaluation({ score: 60, verdict: 'maybe' }), T0);
    await setStatus(db, 'greenhouse:1001', 'interested', T0 + 10);
    await setNotes(db, 'greenhouse:1001', 'Here.');
    // The other device first saw the job on LinkedIn, so its record has another id but shares the ATS source.
    const elsewhere = makeJob({
      id: 'linkedin:5',
      posting: makePosting({ title: 'ML Engineer (updated)' }),
      evaluation: makeEvaluation({ score: 95 }),
      firstSeen: T0 - DAY,
      lastSeen: T0 + DAY,
      sources: [
        { postingId: 'linkedin:5', board: 'linkedin', url: 'https://www.linkedin.com/jobs/view/5', firstSeen: T0 - DAY, lastSeen: T0 - DAY },
        { postingId: 'greenhouse:1001', board: 'greenhouse', url: 'https://boards.example/greenhouse/1001', firstSeen: T0 + DAY, lastSeen: T0 + DAY },
      ],
      status: 'applied',
      statusHistory: [{ status: 'new', at: T0 - DAY }, { status: 'applied', at: T0 + 20 }],
      notes: 'There.',
    });
    const text = backupJson([elsewhere], makeProfile());
    expect(await importBackup(db, text)).toMatchObject({ added: 0, merged: 1 });
    const { jobs } = await readAllJobs(db);
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job).toMatchObject({ id: 'greenhouse:1001', score: 95, status: 'applied', notes: 'Here.\n\nThere.', firstSeen: T0 - DAY, lastSeen: T0 + DAY });
    expect(job.posting.title).toBe('ML Engineer (updated)');
    expect(job.sources.map((s) => [s.postingId, s.firstSeen, s.lastSeen])).toEqual([
      ['greenhouse:1001', T0, T0 + DAY], ['linkedin:5', T0 - DAY, T0 - DAY],
    ]);
    expect(job.statusHistory).toEqual([
      { status: 'new', at: T0 - DAY }, { status: 'new', at: T0 }, { status: 'interested', at: T0 + 10 }, { status: 'applied', at: T0 + 20 },
    ]);
    expect(mergeJobs(job, elsewhere)).toEqual(job);
    await importBackup(db, text);
    expect((await readAllJobs(db)).jobs).toEqual(jobs);
  });
});

describe('parseBackup', () => {
  const valid = () => JSON.parse(backupJson([makeJob(), makeJob({ id: 'second' })], makeProfile()));

  it('names the first bad record by its path', () => {
    const backup = valid();
    backup.jobs[1].posting.title = 42;
    expect(() => parseBackup(JSON.stringify(backup))).toThrow(/jobs\[1\]\.posting\.title/);
  });

  it('says why a file is not a backup at all', () => {
    expect(() => parseBackup('{oops')).toThrow(/not JSON/);
    expect(() => parseBackup('{"format":"other"}')).toThrow(/Not a JobFit backup: format/);
    expect(() => parseBackup(JSON.stringify({ ...valid(), version: 2 }))).toThrow(/newer JobFit/);
    expect(() => parseBackup(JSON.stringify({ ...valid(), profile: { name: 1 } }))).toThrow(/profile\./);
  });

  it('rejects a damaged backup before writing anything', async () => {
    const db = freshDb();
    const backup = valid();
    backup.jobs[1].sources = [];
    await expect(importBackup(db, JSON.stringify(backup))).rejects.toThrow(/jobs\[1\]\.sources/);
    expect(await db.jobs.count()).toBe(0);
  });
});

describe('exporting a whole database', () => {
  const manyJobs = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      makeJob({ posting: makePosting({ boardJobId: `${i}`, id: `greenhouse:${String(i).padStart(5, '0')}`, title: `Role "${i}", remote` }) }));

  it('streams batches into the same CSV and backup as the whole list at once, with every job once', async () => {
    const db = freshDb();
    const jobs = manyJobs(READ_BATCH * 2 + 7);
    await db.jobs.bulkPut(jobs);
    const csv = await exportCsv(db);
    expect(csv).toMatchObject({ jobs: jobs.length, corrupt: [] });
    expect(csv.parts.length).toBeGreaterThan(3);
    expect(csv.parts.join('')).toBe(jobsToCsv(jobs));
    const backup = await exportBackup(db, makeProfile(), T0);
    expect(backup.parts.join('')).toBe(backupJson(jobs, makeProfile(), T0));
    expect(parseBackup(backup.parts.join('')).jobs.map((job) => job.id)).toEqual(jobs.map((job) => job.id));
  });

  it('lists every job stored before the export once, and a job saved meanwhile at most once', async () => {
    const db = freshDb();
    const jobs = manyJobs(READ_BATCH * 3);
    await db.jobs.bulkPut(jobs);
    const savedMeanwhile = new Set(['greenhouse:', 'greenhouse:01500x', 'greenhouse:99999']);
    const listed: string[] = [];
    for await (const batch of readJobBatches(db)) {
      // Ids before, inside and after the batches' ranges.
      if (listed.length === 0) await db.jobs.bulkPut([...savedMeanwhile].map((id) => makeJob({ id })));
      listed.push(...batch.jobs.map((job) => job.id));
    }
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((id) => !savedMeanwhile.has(id))).toEqual(jobs.map((job) => job.id));
  });

  it('writes an empty file for an empty database and reports unreadable records instead of exporting them', async () => {
    const db = freshDb();
    expect((await exportCsv(db)).parts.join('')).toBe(jobsToCsv([]));
    expect(parseBackup((await exportBackup(db, makeProfile())).parts.join('')).jobs).toEqual([]);
    const good = makeJob();
    await db.jobs.bulkPut([good, { ...makeJob({ posting: makePosting({ boardJobId: '9', id: 'greenhouse:9' }) }), score: 'high' } as never]);
    const backup = await exportBackup(db, makeProfile());
    expect(backup.jobs).toBe(1);
    expect(backup.corrupt).toEqual([{ id: 'greenhouse:9', problem: expect.stringContaining('score') }]);
    expect(parseBackup(backup.parts.join('')).jobs.map((job) => job.id)).toEqual([good.id]);
  });
});
