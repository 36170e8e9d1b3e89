import { describe, expect, it } from 'vitest';

import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { describeWhopLastSync } from '@/whop/utils/describeWhopLastSync';
import { buildMockWhopSyncLog } from '~/testing/mock-data/buildMockWhopSyncLog';

const COMPLETED = buildMockWhopSyncLog({ id: 'completed', type: 'incremental' });
const FAILED = buildMockWhopSyncLog({
  id: 'failed',
  type: 'incremental',
  status: 'failed',
  counts: [],
  startedAt: '2025-03-15T10:00:00.000Z',
  completedAt: '2025-03-15T10:00:04.000Z',
});
const COMPLETED_AT = COMPLETED.completedAt as string;

describe('describeWhopLastSync', () => {
  it('says a type of run never ran', () => {
    expect(describeWhopLastSync(null, [], 'incremental')).toBe('Never');
  });

  it('gives the last completed run with its duration and counts', () => {
    expect(describeWhopLastSync(COMPLETED_AT, [COMPLETED], 'incremental')).toBe(
      `${formatDateTime(COMPLETED_AT)} · took 2 min 14 s · 540 created, 10 updated, 5 unchanged`,
    );
  });

  it('reads only the runs of its type, and not the one still running', () => {
    const running = buildMockWhopSyncLog({ type: 'incremental', status: 'running' });
    const full = buildMockWhopSyncLog({ type: 'full', status: 'failed' });

    expect(describeWhopLastSync(null, [running, full], 'incremental')).toBe('Never');
  });

  it('says when the only attempts failed', () => {
    expect(describeWhopLastSync(null, [FAILED], 'incremental')).toBe(
      `Never completed · last attempt failed ${formatDateTime('2025-03-15T10:00:04.000Z')}`,
    );
  });

  it('gives the last completed run and the failed attempt after it', () => {
    expect(describeWhopLastSync(COMPLETED_AT, [FAILED, COMPLETED], 'incremental')).toBe(
      `${formatDateTime(COMPLETED_AT)} · took 2 min 14 s · 540 created, 10 updated, 5 unchanged · last attempt failed ${formatDateTime('2025-03-15T10:00:04.000Z')}`,
    );
  });

  it('does not speak of a failure a later run made up for', () => {
    const laterCompleted = buildMockWhopSyncLog({
      type: 'incremental',
      startedAt: '2025-03-16T10:00:00.000Z',
      completedAt: '2025-03-16T10:00:01.000Z',
    });

    expect(
      describeWhopLastSync('2025-03-16T10:00:01.000Z', [laterCompleted, FAILED], 'incremental'),
    ).toBe(
      `${formatDateTime('2025-03-16T10:00:01.000Z')} · took 1 s · 540 created, 10 updated, 5 unchanged`,
    );
  });
});
