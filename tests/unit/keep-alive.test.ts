import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepAliveDuring, KEEP_ALIVE_PERIOD_MS } from '../../lib/keep-alive';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('keepAliveDuring', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings once a period while the work runs, and never after it is done', async () => {
    const work = deferred<string>();
    const ping = vi.fn();
    const kept = keepAliveDuring(work.promise, ping);
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_PERIOD_MS - 1);
    expect(ping).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ping).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3 * KEEP_ALIVE_PERIOD_MS);
    expect(ping).toHaveBeenCalledTimes(4);
    work.resolve('opened');
    expect(await kept).toBe('opened');
    await vi.advanceTimersByTimeAsync(10 * KEEP_ALIVE_PERIOD_MS);
    expect(ping).toHaveBeenCalledTimes(4);
  });

  it('gives the work’s failure and stops pinging', async () => {
    const work = deferred<never>();
    const ping = vi.fn();
    const kept = keepAliveDuring(work.promise, ping, 1_000);
    const outcome = kept.catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(2_500);
    work.reject(new Error('VersionError'));
    expect(await outcome).toBe('VersionError');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  it('goes on pinging after a ping that throws or rejects', async () => {
    const work = deferred<number>();
    const ping = vi.fn()
      .mockImplementationOnce(() => {
        throw new Error('no runtime');
      })
      .mockImplementationOnce(() => Promise.reject(new Error('context invalidated')))
      .mockImplementation(() => Promise.resolve({ os: 'linux' }));
    const kept = keepAliveDuring(work.promise, ping, 1_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(ping).toHaveBeenCalledTimes(3);
    work.resolve(7);
    expect(await kept).toBe(7);
  });
});
