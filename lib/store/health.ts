// Boards whose markup JobFit could not fully read, per board: shown in the popup until a later page of that board
// reads whole (or the user dismisses it). One settings record holds them all; a bad stored value reads as empty.
import { BoardHealth } from '../messages';
import { z } from '../zod';
import { guarded, type JobDb } from './db';
import { parsedOrThrow } from './records';

const BOARD_HEALTH_KEY = 'boardHealth';

export const BoardHealthRecord = z.object({
  board: z.string().max(64),
  /** The last page of the board that could not be read whole. */
  url: z.string().max(4_000),
  failedFields: z.array(z.string().max(64)).max(50),
  /** Distinct pages (one after another) that failed since the board last read whole. */
  count: z.number().int().min(1),
  lastSeen: z.number(),
});
export type BoardHealthRecord = z.infer<typeof BoardHealthRecord>;

const BoardHealthTable = z.record(z.string(), BoardHealthRecord);
type BoardHealthTable = z.infer<typeof BoardHealthTable>;

async function readTable(db: JobDb): Promise<BoardHealthTable> {
  const stored = await db.settings.get(BOARD_HEALTH_KEY);
  const parsed = BoardHealthTable.safeParse(stored?.value ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * Notes how a page of a board read: failed fields add (or update) the board's record, a whole read clears it.
 * The same page reported again (a rescan, a later chunk) is not counted twice.
 */
export async function recordHealth(db: JobDb, health: BoardHealth, now: number = Date.now()): Promise<void> {
  const valid = parsedOrThrow(BoardHealth, health, 'Board health not recorded');
  await guarded(() =>
    db.transaction('rw', db.settings, async () => {
      const table = await readTable(db);
      const previous = table[valid.board];
      if (valid.failedFields.length === 0) {
        if (!previous) return;
        delete table[valid.board];
      } else {
        table[valid.board] = {
          board: valid.board,
          url: valid.url,
          failedFields: [...new Set(valid.failedFields)],
          count: previous ? previous.count + (previous.url === valid.url ? 0 : 1) : 1,
          lastSeen: now,
        };
      }
      await db.settings.put({ key: BOARD_HEALTH_KEY, value: table });
    }),
  );
}

/** Boards not fully read, the most recent first. */
export async function boardHealthReport(db: JobDb): Promise<BoardHealthRecord[]> {
  const table = await guarded(() => readTable(db));
  return Object.values(table).sort((a, b) => b.lastSeen - a.lastSeen);
}

/** The user saw the notice: forget these boards until they fail again. */
export async function dismissBoardHealth(db: JobDb, boards: readonly string[]): Promise<void> {
  await guarded(() =>
    db.transaction('rw', db.settings, async () => {
      const table = await readTable(db);
      for (const board of boards) delete table[board];
      await db.settings.put({ key: BOARD_HEALTH_KEY, value: table });
    }),
  );
}
