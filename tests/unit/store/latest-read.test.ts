import { describe, expect, it } from 'vitest';
import { latestRead } from '../../../lib/store/latest-read';

/** A read the test answers by hand, and a clock it moves by hand. */
function setUp() {
  const reads: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  let time = 0;
  const get = latestRead(() => new Promise<string>((resolve, reject) => reads.push({ resolve, reject })), 1_000, () => time);
  /** The first read, answered "v1", then `ms` later. */
  const readV1Then = async (ms: number) => {
    const first = get();
    reads[0]!.resolve('v1');
    await first;
    time += ms;
  };
  return { get, reads, readV1Then, advance: (ms: number) => (time += ms) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestRead', () => {
  it('waits for the first read, then reads again only once the period is over', async () => {
    const { get, reads, advance } = setUp();
    const first = get();
    expect(reads).toHaveLength(1);
    reads[0]!.resolve('v1');
    expect(await first).toBe('v1');
    advance(500);
    expect(await get()).toBe('v1');
    expect(reads).toHaveLength(1);
    advance(600);
    void get();
    expect(reads).toHaveLength(2);
  });

  it('gives the value read last while a new read waits (behind the database writes), and the new one after it', async () => {
    const { get, reads, readV1Then } = setUp();
    await readV1Then(1_500);
    expect(await get()).toBe('v1');
    expect(await get()).toBe('v1');
    expect(reads).toHaveLength(2);
    reads[1]!.resolve('v2');
    await settle();
    expect(await get()).toBe('v2');
    expect(reads).toHaveLength(2);
  });

  it('keeps the value read last when a read fails, and reads again on the next call', async () => {
    const { get, reads, readV1Then } = setUp();
    await readV1Then(1_500);
    expect(await get()).toBe('v1');
    reads[1]!.reject(new Error('database unavailable'));
    await settle();
    expect(await get()).toBe('v1');
    expect(reads).toHaveLength(3);
  });

  it('fails with the read when nothing was read before, and reads again on the next call', async () => {
    const { get, reads } = setUp();
    const first = get();
    reads[0]!.reject(new Error('database unavailable'));
    await expect(first).rejects.toThrow('database unavailable');
    await settle();
    const second = get();
    expect(reads).toHaveLength(2);
    reads[1]!.resolve('v1');
    expect(await second).toBe('v1');
  });
});
