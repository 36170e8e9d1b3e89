import { describe, expect, it } from 'vitest';

import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { computeWhopSyncEtaMs } from '@/whop/utils/computeWhopSyncEtaMs';

const PROGRESS: WhopSyncProgress = {
  step: 'members',
  steps: [
    { step: 'products', processed: 3, total: 3 },
    { step: 'plans', processed: 2, total: null },
    { step: 'members', processed: 100, total: 250 },
    { step: 'memberships', processed: 0, total: 300 },
  ],
  recordsPerSecond: 50,
  startedAt: '2025-03-14T10:00:00.000Z',
  warnings: 0,
  errors: 0,
};

describe('computeWhopSyncEtaMs', () => {
  it('divides the records still expected by the current and later steps by the rate', () => {
    // (250 - 100) + 300 = 450 records at 50/s
    expect(computeWhopSyncEtaMs(PROGRESS)).toBe(9_000);
  });

  it('does not count a step past its estimate as negative work', () => {
    expect(
      computeWhopSyncEtaMs({
        ...PROGRESS,
        steps: [{ step: 'members', processed: 400, total: 250 }],
      }),
    ).toBe(0);
  });

  it('has no estimate without a rate or without any total ahead', () => {
    expect(computeWhopSyncEtaMs({ ...PROGRESS, recordsPerSecond: null })).toBeNull();
    expect(computeWhopSyncEtaMs({ ...PROGRESS, recordsPerSecond: 0 })).toBeNull();
    expect(
      computeWhopSyncEtaMs({
        ...PROGRESS,
        steps: [{ step: 'members', processed: 100, total: null }],
      }),
    ).toBeNull();
    expect(computeWhopSyncEtaMs({ ...PROGRESS, step: null })).toBeNull();
  });
});
