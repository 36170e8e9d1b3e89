import { WHOP_SYNC_STAGES } from 'twenty-shared';
import { describe, expect, it } from 'vitest';

import { isWhopSyncStageOngoing } from '@/whop/utils/isWhopSyncStageOngoing';

describe('isWhopSyncStageOngoing', () => {
  it('tells the stages of a running sync from the others', () => {
    expect(WHOP_SYNC_STAGES.filter(isWhopSyncStageOngoing)).toEqual([
      'FULL_SYNC_ONGOING',
      'INCREMENTAL_ONGOING',
    ]);
  });
});
