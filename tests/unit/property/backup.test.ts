// Importing a backup file the user picked: whatever JSON (or not-JSON) it holds, parseBackup gives a valid backup or
// a readable error, and importBackup either writes all of it or nothing.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupJson, importBackup, parseBackup } from '../../../lib/export';
import { Job, Profile } from '../../../lib/model';
import { makeEvaluation, makeJob, makePosting, makeProfile } from '../factories';
import { freshDb } from '../store/helpers';

const validBackup = () =>
  JSON.parse(
    backupJson(
      [0, 1, 2].map((i) => makeJob({ posting: makePosting({ boardJobId: `b${i}` }), evaluation: makeEvaluation({ score: 10 * i }) })),
      makeProfile(),
    ),
  ) as Record<string, unknown>;

type Path = (string | number)[];

/** Every path into a JSON value, so that a mutation can hit any field of a valid backup. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return root;
}

const BACKUP_PATHS = paths(validBackup());
/** A valid backup with one field replaced by any JSON value (or removed). */
const mutatedBackup = fc
  .tuple(fc.constantFrom(...BACKUP_PATHS), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)))
  .map(([path, replacement]) => JSON.stringify(setAt(validBackup(), path, replacement)) ?? '');
const anyFile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.constantFrom('\uFEFF', '\uFEFF{}', '{"format":"jobfit-backup","version":99}', '{"format":"jobfit-backup","version":1}', 'null'),
  mutatedBackup,
);

function readableError(error: unknown): string {
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message.length).toBeGreaterThan(10);
  expect(message).not.toMatch(/^\s*[[{]/); // words for a person, not a dump of zod issues
  return message;
}

describe('backups of any content', () => {
  it('parseBackup gives valid jobs and profile, or throws a readable error', () => {
    fc.assert(
      fc.property(anyFile, (text) => {
        let parsed: ReturnType<typeof parseBackup>;
        try {
          parsed = parseBackup(text);
        } catch (error) {
          readableError(error);
          return;
        }
        for (const job of parsed.jobs) Job.parse(job);
        Profile.parse(parsed.profile);
      }),
      { numRuns: 300 },
    );
  });

  it('importBackup writes the whole backup or nothing', async () => {
    const db = freshDb();
    const existing = [makeJob({ posting: makePosting({ boardJobId: 'b0' }), notes: 'mine' }), makeJob({ posting: makePosting({ boardJobId: 'kept' }) })];
    await db.jobs.bulkPut(existing);
    const snapshot = async () => JSON.stringify(await db.jobs.orderBy('id').toArray()) + JSON.stringify(await db.settings.toArray());
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(anyFile, async (text) => {
        const before = await snapshot();
        try {
          await importBackup(db, text);
        } catch (error) {
          rejected++;
          readableError(error);
          expect(await snapshot()).toBe(before);
          return;
        }
        // Accepted: every job of the file is now stored and valid, and the jobs that were there are still there.
        const stored = await db.jobs.toArray();
        for (const job of stored) Job.parse(job);
        const ids = new Set(stored.map((job) => job.id));
        for (const job of parseBackup(text).jobs) expect(ids.has(job.id) || stored.some((s) => s.sources.some((source) => job.sources.some((own) => own.postingId === source.postingId)))).toBe(true);
        for (const job of existing) expect(ids.has(job.id)).toBe(true);
      }),
      { numRuns: 120 },
    );
    expect(rejected).toBeGreaterThan(20);
  });
});
