import { describe, expect, it } from 'vitest';
import { T0 } from './helpers';
import Dexie from 'dexie';
import { VERSION_FIXTURES } from './fixtures/index';
import { V1_STORES, v1Fixture } from './fixtures/v1';
import { makeEvaluation, makePosting, makeProfile } from '../factories';
import { JOB_STATUSES } from '../../../lib/model';
import { openJobDb } from '../../../lib/store/db';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from '../../../lib/store/migrations';
import { countByStatus, queryJobs, readAllJobs, saveEvaluated } from '../../../lib/store/jobs';
import { blockedCompanies, loadProfile } from '../../../lib/store/settings';
import { jobFacetOf, readCounts } from '../../../lib/store/facets';
import { facetOrderIds } from '../../../lib/store/facet-order';

describe('schema versions', () => {
  it('has a fixture for every schema version', () => {
    expect(VERSION_FIXTURES.map((fixture) => fixture.version)).toEqual(SCHEMA_VERSIONS.map((schema) => schema.version));
  });

  describe.each(VERSION_FIXTURES)('a database written by version $version', (fixture) => {
    it('opens with the current code with every record intact and indexed', async () => {
      const name = `jobfit-fixture-v${fixture.version}-${crypto.randomUUID()}`;
      const written = await fixture.write(name);
      const db = openJobDb(name);
      try {
        await db.open();
        expect(db.verno).toBe(CURRENT_VERSION);
        const { jobs, corrupt } = await readAllJobs(db);
        expect(corrupt).toEqual([]);
        expect(jobs.sort((a, b) => a.id.localeCompare(b.id))).toEqual(written.jobs.sort((a, b) => a.id.localeCompare(b.id)));
        expect(await loadProfile(db, makeProfile({ name: 'Default' }))).toEqual(written.profile);
        expect([...(await blockedCompanies(db))]).toEqual(written.blockedCompanies);
        const visible = written.jobs.filter((job) => !job.hidden);
        expect((await queryJobs(db, {})).jobs.map((job) => job.id)).toEqual(
          visible.sort((a, b) => b.score - a.score).map((job) => job.id),
        );
        expect((await queryJobs(db, { includeHidden: true, remoteScope: ['none'] })).total).toBe(
          written.jobs.filter((job) => job.remoteScope === null).length,
        );
        // The word index covers every record, whichever version wrote it.
        for (const job of written.jobs) {
          const found = await queryJobs(db, { text: `${job.company} ${job.posting.title}`, includeHidden: true });
          expect(found.jobs.map((each) => each.id)).toContain(job.id);
        }
        // The counters (schema v3) agree with the records, whichever version wrote them.
        const byStatus = await countByStatus(db);
        for (const status of JOB_STATUSES) expect(byStatus[status]).toBe(visible.filter((job) => job.status === status).length);
        expect((await queryJobs(db, { includeHidden: true })).total).toBe(written.jobs.length);
        // Each job's facet and sort values (schema v4) are indexed, whichever version wrote the job.
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect((await db.jobFacets.toArray()).sort(byId)).toEqual(written.jobs.map(jobFacetOf).sort(byId));
        const counts = await readCounts(db.facetTotals);
        const byLastSeen = [...written.jobs].sort((a, b) => b.lastSeen - a.lastSeen || byId(b, a)).map((job) => job.id);
        expect(await facetOrderIds(db.jobOrder, { filter: { includeHidden: true }, counts, kept: written.jobs.length, sort: 'lastSeen', count: 10 }))
          .toEqual(byLastSeen);
        // A later sighting of a stored source still finds its job.
        const source = written.jobs[0].sources[written.jobs[0].sources.length - 1];
        const [board, boardJobId] = source.postingId.split(':');
        const again = await saveEvaluated(db, makePosting({ id: source.postingId, board, boardJobId, title: 'x', company: 'y' }), makeEvaluation(), T0 + 1e12);
        expect(again.id).toBe(written.jobs[0].id);
        expect(again.notes).toBe(written.jobs[0].notes);
      } finally {
        await db.delete();
      }
    });
  });
});

describe('upgrading a database with a corrupt record', () => {
  it('keeps the record, indexes what it can read of it and reports it on read', async () => {
    const name = `jobfit-corrupt-v1-${crypto.randomUUID()}`;
    const written = await v1Fixture.write(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('jobs').put({ id: 'broken:1', company: 'Broken Widgets', posting: { title: 7 }, score: 50, status: 'new' });
    v1.close();
    const db = openJobDb(name);
    try {
      const { jobs, corrupt } = await readAllJobs(db);
      expect(jobs.map((job) => job.id).sort()).toEqual(written.jobs.map((job) => job.id).sort());
      expect(corrupt).toEqual([{ id: 'broken:1', problem: expect.stringContaining('Stored job broken:1 is unreadable') }]);
      expect(await db.jobs.count()).toBe(written.jobs.length + 1);
      const found = await queryJobs(db, { text: 'widgets' });
      expect(found).toMatchObject({ jobs: [], total: 1 });
      expect(found.corrupt.map((record) => record.id)).toEqual(['broken:1']);
    } finally {
      await db.delete();
    }
  });
});
