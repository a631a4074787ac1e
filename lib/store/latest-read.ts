// A value read from the database at most once per period, for a worker that needs it for every message: the
// profile, for each chunk of a page's postings. A read waits for the database's writes in progress (IndexedDB runs a
// read of the settings after every write that covers them), and a page's chunks being stored took 1.3 s: until the
// new read comes, the value read last is given at once.

export interface LatestRead<T> {
  /** The value read last; the first call, or one after failed reads with nothing read before, waits for a read. */
  (): Promise<T>;
}

export function latestRead<T>(read: () => Promise<T>, periodMs: number, now: () => number = Date.now): LatestRead<T> {
  let latest: { value: T } | null = null;
  let reading: Promise<T> | null = null;
  let readAt = -Infinity;
  return () => {
    if (!reading && now() - readAt > periodMs) {
      readAt = now();
      const current = read();
      reading = current;
      current.then(
        (value) => {
          latest = { value };
          reading = null;
        },
        // A failed read is not kept: the next call reads again.
        () => {
          readAt = -Infinity;
          reading = null;
        },
      );
    }
    return latest ? Promise.resolve(latest.value) : reading!;
  };
}
