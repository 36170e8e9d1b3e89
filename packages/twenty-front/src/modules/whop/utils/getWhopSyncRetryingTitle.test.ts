import { describe, expect, it } from 'vitest';

import { getWhopSyncRetryingTitle } from '@/whop/utils/getWhopSyncRetryingTitle';

describe('getWhopSyncRetryingTitle', () => {
  it.each([
    ['payments', 'Waiting to retry payments'],
    ['company', 'Waiting to retry the company'],
    ['totals', 'Waiting to retry payment states and lifetime values'],
    [null, 'Waiting to retry'],
    ['a step this page does not know', 'Waiting to retry'],
  ])('names the step %s: %s', (step, title) => {
    expect(getWhopSyncRetryingTitle(step)).toBe(title);
  });
});
