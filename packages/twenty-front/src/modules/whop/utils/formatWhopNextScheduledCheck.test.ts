import { describe, expect, it } from 'vitest';

import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { formatWhopNextScheduledCheck } from '@/whop/utils/formatWhopNextScheduledCheck';

const NOW = new Date('2026-12-05T14:56:00.000Z');

describe('formatWhopNextScheduledCheck', () => {
  it('gives the time the queue has the check scheduled for', () => {
    expect(formatWhopNextScheduledCheck('2026-12-05T15:00:00.000Z', NOW)).toBe(
      formatDateTime('2026-12-05T15:00:00.000Z'),
    );
  });

  it('says a check whose time has gone is due', () => {
    expect(formatWhopNextScheduledCheck('2026-12-05T14:00:00.000Z', NOW)).toBe(
      `Due since ${formatDateTime('2026-12-05T14:00:00.000Z')}`,
    );
  });
});
