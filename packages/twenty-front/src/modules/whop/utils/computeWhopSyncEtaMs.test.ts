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
    { step: 'payments', processed: 0, total: 50 },
  ],
  recordsPerSecond: 50,
  startedAt: '2025-03-14T10:00:00.000Z',
  rateSince: null,
  warnings: 0,
  errors: 0,
};

describe('computeWhopSyncEtaMs', () => {
  it('divides the records still expected by the current and later steps by the rate', () => {
    // (250 - 100) + 300 + 50 = 500 records at 50/s
    expect(computeWhopSyncEtaMs(PROGRESS)).toBe(10_000);
  });

  it('has no estimate once the current step went past its own, rather than none left', () => {
    expect(
      computeWhopSyncEtaMs({
        ...PROGRESS,
        steps: PROGRESS.steps.map((step) =>
          step.step === 'members' ? { ...step, processed: 400 } : step,
        ),
      }),
    ).toBeNull();
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
