import { type WhopSyncStep } from 'twenty-shared';

import { type WhopSyncProgress } from 'src/modules/whop/entities/whop-connection.entity';

export const buildInitialWhopSyncProgress = (
  runId: string,
  estimates: Partial<Record<WhopSyncStep, number>>,
  paymentsUpdatedAfter: Date | null,
): WhopSyncProgress => ({
  runId,
  step: null,
  steps: Object.fromEntries(
    Object.entries(estimates).map(([step, total]) => [
      step,
      { processed: 0, total: total ?? null },
    ]),
  ),
  recordsPerSecond: null,
  startedAt: new Date().toISOString(),
  paymentsUpdatedAfterFound: paymentsUpdatedAfter?.toISOString() ?? null,
  warnings: 0,
  errors: 0,
});
