import { describe, expect, it } from 'vitest';

import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { describeWhopQueuedFullSync } from '@/whop/utils/describeWhopQueuedFullSync';

const QUEUED_AT = '2025-03-14T10:00:00.000Z';
const after = (ms: number) => new Date(Date.parse(QUEUED_AT) + ms);

describe('describeWhopQueuedFullSync', () => {
  it('says the full sync usually starts within seconds over its first minutes', () => {
    expect(describeWhopQueuedFullSync(QUEUED_AT, after(2 * 60_000 + 59_000))).toBe(
      `Queued since ${formatDateTime(QUEUED_AT)}. The full import starts as soon as the sync worker takes it, usually within seconds, and imports your products, members, memberships and payments.`,
    );
  });

  it('says how long it has waited, and why it may not have started, after a few minutes', () => {
    expect(describeWhopQueuedFullSync(QUEUED_AT, after(3 * 60_000))).toBe(
      `Queued since ${formatDateTime(QUEUED_AT)}. It has not started after 3 min: another sync of this company may still be running, or the server's sync worker is not running. Once the worker takes it, it imports your products, members, memberships and payments.`,
    );
    expect(describeWhopQueuedFullSync(QUEUED_AT, after(72 * 60_000 + 40_000))).toMatch(
      /It has not started after 1 h 12 min: another sync of this company may still be running, or the server's sync worker is not running\./,
    );
  });

  it('says it usually starts within seconds when the server does not say since when it waits', () => {
    expect(describeWhopQueuedFullSync(null, after(60 * 60_000))).toBe(
      'The full import starts as soon as the sync worker takes it, usually within seconds, and imports your products, members, memberships and payments.',
    );
  });
});
