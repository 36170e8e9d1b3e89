import { describe, expect, it } from 'vitest';

import { describeWhopChangesArrival } from '@/whop/utils/describeWhopChangesArrival';

describe('describeWhopChangesArrival', () => {
  it('names the scheduled check when the server runs one', () => {
    expect(describeWhopChangesArrival(60)).toBe(
      'changes arrive with the scheduled check and with Sync changes',
    );
  });

  it('names only Sync changes when the server schedules no check', () => {
    expect(describeWhopChangesArrival(null)).toBe('changes arrive only with Sync changes');
  });
});
