import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit per window, then refuses with the seconds left', () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([0, 1, 2].map((offset) => limiter.hit('key', 1_000 + offset).allowed)).toEqual([
      true,
      true,
      true,
    ]);
    expect(limiter.hit('key', 13_500)).toEqual({ allowed: false, retryAfterSeconds: 48 });
  });

  it('opens a new window once the old one is over', () => {
    const limiter = new RateLimiter(1, 60_000);
    expect(limiter.hit('key', 0).allowed).toBe(true);
    expect(limiter.hit('key', 59_999).allowed).toBe(false);
    expect(limiter.hit('key', 60_000).allowed).toBe(true);
  });

  it('counts each key apart', () => {
    const limiter = new RateLimiter(1, 60_000);
    expect(limiter.hit('token-a GET /memberships', 0).allowed).toBe(true);
    expect(limiter.hit('token-a GET /payments', 0).allowed).toBe(true);
    expect(limiter.hit('token-b GET /memberships', 0).allowed).toBe(true);
    expect(limiter.hit('token-a GET /memberships', 0).allowed).toBe(false);
  });

  it('never answers less than one second', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.hit('key', 0);
    expect(limiter.hit('key', 59_990)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('is disabled by a limit of 0', () => {
    const limiter = new RateLimiter(0, 60_000);
    for (let index = 0; index < 1_000; index++) expect(limiter.hit('key', 0).allowed).toBe(true);
  });

  it('forgets every window on reset', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.hit('key', 0);
    limiter.reset();
    expect(limiter.hit('key', 1).allowed).toBe(true);
  });
});
