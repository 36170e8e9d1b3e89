import { describe, expect, it } from 'vitest';

import { WHOP_SYNC_FOLLOW_WINDOW_MS } from '@/whop/constants/WhopSyncFollowWindowMs';
import { isWhopScheduledCheckOverdue } from '@/whop/utils/isWhopScheduledCheckOverdue';

const DUE_AT = '2026-12-05T14:00:00.000Z';
const after = (ms: number) => new Date(Date.parse(DUE_AT) + ms);

describe('isWhopScheduledCheckOverdue', () => {
  it('is not overdue before its time, nor while the page still follows it', () => {
    expect(isWhopScheduledCheckOverdue(DUE_AT, after(-60_000))).toBe(false);
    expect(isWhopScheduledCheckOverdue(DUE_AT, after(WHOP_SYNC_FOLLOW_WINDOW_MS - 1))).toBe(false);
  });

  it('is overdue once the follow window has passed', () => {
    expect(isWhopScheduledCheckOverdue(DUE_AT, after(WHOP_SYNC_FOLLOW_WINDOW_MS))).toBe(true);
  });
});
