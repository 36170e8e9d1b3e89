import { describe, expect, it } from 'vitest';

import { describeWhopChangesArrival } from '@/whop/utils/describeWhopChangesArrival';

describe('describeWhopChangesArrival', () => {
  it('names the scheduled check when the server runs one', () => {
    expect(describeWhopChangesArrival({ status: 'active', syncIntervalMinutes: 60 })).toBe(
      'changes arrive with the scheduled check and with Sync changes',
    );
  });

  it('names only Sync changes when the server schedules no check', () => {
    expect(describeWhopChangesArrival({ status: 'active', syncIntervalMinutes: null })).toBe(
      'changes arrive only with Sync changes',
    );
  });

  // Neither the scheduled check nor Sync changes runs for a connection Whop no longer accepts.
  it('promises nothing until a connection that needs reconnecting is reconnected', () => {
    expect(describeWhopChangesArrival({ status: 'needs_reauth', syncIntervalMinutes: 60 })).toBe(
      'no changes arrive until Whop is reconnected',
    );
  });
});
