import { describe, expect, it } from 'vitest';

import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { countWhopSyncRecordsLeft } from '@/whop/utils/countWhopSyncRecordsLeft';

const PROGRESS: Pick<WhopSyncProgress, 'step' | 'steps'> = {
  step: 'members',
  steps: [
    { step: 'company', processed: 1, total: null },
    { step: 'products', processed: 3, total: 3 },
    { step: 'plans', processed: 2, total: null },
    { step: 'members', processed: 100, total: 250 },
    { step: 'memberships', processed: 0, total: 300 },
    { step: 'payments', processed: 0, total: 500 },
  ],
};

const withStep = (step: string, changes: { processed?: number; total?: number | null }) => ({
  ...PROGRESS,
  steps: PROGRESS.steps.map((entry) => (entry.step === step ? { ...entry, ...changes } : entry)),
});

describe('countWhopSyncRecordsLeft', () => {
  it('adds what the current and later estimated steps have left, the short steps aside', () => {
    // (250 - 100) + 300 + 500; the totals step is never estimated.
    expect(countWhopSyncRecordsLeft(PROGRESS)).toBe(950);
  });

  it('ignores a step done past its estimate', () => {
    expect(countWhopSyncRecordsLeft(withStep('products', { processed: 9 }))).toBe(950);
  });

  it('is unknown once the current step went past its estimate', () => {
    expect(countWhopSyncRecordsLeft(withStep('members', { processed: 251 }))).toBeNull();
  });

  it('is unknown while a step ahead has no estimate', () => {
    expect(
      countWhopSyncRecordsLeft({
        ...PROGRESS,
        steps: PROGRESS.steps.filter(({ step }) => step !== 'payments'),
      }),
    ).toBeNull();
    expect(countWhopSyncRecordsLeft(withStep('memberships', { total: null }))).toBeNull();
  });

  it('is unknown without any estimate, and once every step is done', () => {
    expect(
      countWhopSyncRecordsLeft({
        ...PROGRESS,
        steps: PROGRESS.steps.map((step) => ({ ...step, total: null })),
      }),
    ).toBeNull();
    expect(countWhopSyncRecordsLeft({ ...PROGRESS, step: null })).toBeNull();
  });
});
