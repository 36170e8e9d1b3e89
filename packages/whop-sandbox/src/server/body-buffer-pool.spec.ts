import { BodyBufferPool } from './body-buffer-pool';

describe('BodyBufferPool', () => {
  it('hands out a buffer of at least the length asked, in powers of two from 64 KiB', () => {
    const pool = new BodyBufferPool(4);
    expect(pool.take(10).length).toBe(64 * 1024);
    expect(pool.take(64 * 1024 + 1).length).toBe(128 * 1024);
    expect(pool.take(150_000).length).toBe(256 * 1024);
  });

  it('never hands out a buffer that was not given back', () => {
    const pool = new BodyBufferPool(4);
    const first = pool.take(1000);
    const second = pool.take(1000);
    expect(second).not.toBe(first);
    pool.give(first);
    const third = pool.take(1000);
    expect(third).toBe(first);
    expect(pool.take(1000)).not.toBe(first);
  });

  it('reuses the smallest free buffer that fits', () => {
    const pool = new BodyBufferPool(4);
    const large = pool.take(200_000);
    const small = pool.take(1000);
    pool.give(large);
    pool.give(small);
    expect(pool.take(500)).toBe(small);
    expect(pool.take(500)).toBe(large);
    pool.give(small);
    expect(pool.take(100_000)).not.toBe(small);
  });

  it('keeps at most maxFree buffers', () => {
    const pool = new BodyBufferPool(1);
    const first = pool.take(1000);
    const second = pool.take(1000);
    pool.give(first);
    pool.give(second);
    expect(pool.take(1000)).toBe(first);
    const next = pool.take(1000);
    expect(next).not.toBe(first);
    expect(next).not.toBe(second);
  });
});
