import { describe, expect, it, vi } from 'vitest';

import { combineRecordActivities } from '@/activities/utils/combineRecordActivities';

const found = <TRecord>(
  overrides: Partial<Parameters<typeof combineRecordActivities>[1]> & { records?: TRecord[] } = {},
) => ({
  records: [] as TRecord[],
  totalCount: undefined as number | undefined,
  loading: false,
  error: undefined as Error | undefined,
  retry: vi.fn(),
  ...overrides,
});

describe('combineRecordActivities', () => {
  it('counts the targets, past the page of them that was read', () => {
    const combined = combineRecordActivities(
      found({ records: [{}, {}], totalCount: 140 }),
      found({ records: ['task-1', 'task-2'], totalCount: 2 }),
    );

    expect(combined).toMatchObject({
      records: ['task-1', 'task-2'],
      totalCount: 140,
      loading: false,
    });
  });

  it('is loading, with no count, while either read is', () => {
    expect(combineRecordActivities(found({ loading: true }), found())).toMatchObject({
      loading: true,
      totalCount: undefined,
    });
    expect(
      combineRecordActivities(found({ totalCount: 1 }), found({ loading: true })),
    ).toMatchObject({
      loading: true,
      totalCount: undefined,
    });
  });

  it('reports the first error and retries the read that failed', () => {
    const targets = found({ error: new Error('targets down') });
    const activities = found({ error: new Error('tasks down') });
    const combined = combineRecordActivities(targets, activities);

    expect(combined.error?.message).toBe('targets down');
    combined.retry();
    expect(targets.retry).toHaveBeenCalledTimes(1);
    expect(activities.retry).not.toHaveBeenCalled();
  });
});
