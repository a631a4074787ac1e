// Chromium stops an MV3 worker that has had no extension event or API call for 30 seconds, also in the middle of its
// own work: IndexedDB requests do not count. Opening a database written by an older schema version runs its upgrade
// in that open (at 50,000 jobs, schema version 3 to 4 took 114 s on Chromium's disk, `npm run bench`), so a worker left
// alone would be stopped mid-upgrade, the upgrade undone, and redone at every start without ever finishing. A trivial
// API call every 25 s resets that clock, the way developer.chrome.com's service-worker lifecycle page recommends for
// a long operation.

export const KEEP_ALIVE_PERIOD_MS = 25_000;

/** Settles as `work` does, calling `ping` every period until then; a ping that fails is of no consequence. */
export async function keepAliveDuring<T>(work: Promise<T>, ping: () => unknown, periodMs: number = KEEP_ALIVE_PERIOD_MS): Promise<T> {
  // A ping that throws or rejects is dropped: the next one may work, and one call a period is all the worker needs.
  const timer = setInterval(() => void Promise.resolve().then(ping).catch(() => undefined), periodMs);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
