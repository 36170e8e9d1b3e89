import { type WhopSyncProgress } from 'src/modules/whop/entities/whop-connection.entity';
import { computeWhopSyncRate } from 'src/modules/whop/utils/compute-whop-sync-rate.util';

// A run started at midnight that has processed 1,000 records (10 products, 990 members).
const buildProgress = (overrides: Partial<WhopSyncProgress> = {}): WhopSyncProgress => ({
  runId: 'r',
  step: 'members',
  steps: { products: { processed: 10, total: 10 }, members: { processed: 990, total: null } },
  recordsPerSecond: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  warnings: 0,
  errors: 0,
  ...overrides,
});

describe('computeWhopSyncRate', () => {
  it('divides every processed record by the seconds since the start', () => {
    expect(computeWhopSyncRate(buildProgress(), new Date('2026-01-01T00:00:04.000Z'))).toBe(250);
  });

  // A run resumed after 30 minutes of backoff is as fast as it was before the wait.
  it('divides what was processed since the attempt resumed the run by the seconds since then', () => {
    const progress = buildProgress({
      rateSince: { at: '2026-01-01T00:30:00.000Z', processed: 600 },
    });

    expect(computeWhopSyncRate(progress, new Date('2026-01-01T00:30:02.000Z'))).toBe(200);
  });

  // A step the resumed attempt reads again from its start counts from zero.
  it('has no rate while the attempt has processed less than its baseline', () => {
    const progress = buildProgress({
      step: 'totals',
      steps: { members: { processed: 500, total: null }, totals: { processed: 0, total: null } },
      rateSince: { at: '2026-01-01T00:30:00.000Z', processed: 600 },
    });

    expect(computeWhopSyncRate(progress, new Date('2026-01-01T00:30:02.000Z'))).toBeNull();
  });

  it('has no rate before the run has started', () => {
    expect(
      computeWhopSyncRate(
        buildProgress({ runId: null, step: null, steps: {}, startedAt: null }),
        new Date(),
      ),
    ).toBeNull();
  });
});
