import { describe, expect, it } from 'vitest';

import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { describeWhopSyncTimeLeft } from '@/whop/utils/describeWhopSyncTimeLeft';

const STARTED_AT = '2025-03-14T10:00:00.000Z';
const after = (ms: number) => new Date(Date.parse(STARTED_AT) + ms);

// 300 records written, 750 left: (1,000 - 250) members, and memberships and payments estimated
// at none (a company without sales).
const PROGRESS: WhopSyncProgress = {
  step: 'members',
  steps: [
    { step: 'company', processed: 1, total: null },
    { step: 'products', processed: 49, total: 49 },
    { step: 'members', processed: 250, total: 1_000 },
    { step: 'memberships', processed: 0, total: 0 },
    { step: 'payments', processed: 0, total: 0 },
  ],
  recordsPerSecond: 50,
  startedAt: STARTED_AT,
  rateSince: null,
  warnings: 0,
  errors: 0,
};

describe('describeWhopSyncTimeLeft', () => {
  it('estimates the time left at the rate once it has settled', () => {
    expect(describeWhopSyncTimeLeft(PROGRESS, after(6_000))).toBe('About 15 s');
  });

  it('says an estimate is coming while the rate has not settled', () => {
    // What the review met: the company written after a second, at a rate rounded to 1 record/s,
    // would have given "About 17 min 29 s".
    expect(
      describeWhopSyncTimeLeft(
        {
          ...PROGRESS,
          step: 'products',
          steps: [
            { step: 'company', processed: 1, total: null },
            { step: 'products', processed: 0, total: 49 },
            { step: 'members', processed: 0, total: 1_000 },
            { step: 'memberships', processed: 0, total: 0 },
            { step: 'payments', processed: 0, total: 0 },
          ],
          recordsPerSecond: 1,
        },
        after(1_000),
      ),
    ).toBe('Estimating…');
    // Enough records, too soon.
    expect(describeWhopSyncTimeLeft(PROGRESS, after(2_000))).toBe('Estimating…');
    // Long enough, too few records.
    expect(
      describeWhopSyncTimeLeft(
        {
          ...PROGRESS,
          steps: PROGRESS.steps.map((step) =>
            step.step === 'members' ? { ...step, processed: 100 } : step,
          ),
        },
        after(60_000),
      ),
    ).toBe('Estimating…');
  });

  it('has no estimate when no total says how many records are left', () => {
    const withoutTotals = {
      ...PROGRESS,
      steps: PROGRESS.steps.map((step) => ({ ...step, total: null })),
    };

    expect(describeWhopSyncTimeLeft(withoutTotals, after(1_000))).toBe('No estimate yet');
    expect(describeWhopSyncTimeLeft(withoutTotals, after(60_000))).toBe('No estimate yet');
  });

  it("can't estimate once the current step went past its estimate, rather than nothing left", () => {
    // The company grew since the last full sync: 1,200 members read of the 1,000 it counted.
    expect(
      describeWhopSyncTimeLeft(
        {
          ...PROGRESS,
          steps: PROGRESS.steps.map((step) =>
            step.step === 'members' ? { ...step, processed: 1_200 } : step,
          ),
        },
        after(60_000),
      ),
    ).toBe("Can't estimate");
  });

  it("can't estimate while a step ahead has no estimate, rather than counting it as nothing", () => {
    // A sync of changes reads the payments from the last run on: how many is unknown.
    expect(
      describeWhopSyncTimeLeft(
        {
          ...PROGRESS,
          steps: PROGRESS.steps.filter((step) => step.step !== 'payments'),
        },
        after(60_000),
      ),
    ).toBe("Can't estimate");
  });

  it('has no estimate without a rate, once settled', () => {
    expect(describeWhopSyncTimeLeft({ ...PROGRESS, recordsPerSecond: null }, after(6_000))).toBe(
      'No estimate yet',
    );
  });
});
