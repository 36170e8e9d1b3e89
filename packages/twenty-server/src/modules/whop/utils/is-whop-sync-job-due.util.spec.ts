import { type WhopSyncStage } from 'twenty-shared';

import { type WhopSyncProgress } from 'src/modules/whop/entities/whop-connection.entity';
import { isWhopSyncJobDue } from 'src/modules/whop/utils/is-whop-sync-job-due.util';

const connectionAt = (syncStage: WhopSyncStage, runId: string | null = 'run-1') => ({
  syncStage,
  syncProgress: { runId } as WhopSyncProgress,
});

describe('isWhopSyncJobDue', () => {
  it.each<[WhopSyncStage, boolean]>([
    ['FULL_SYNC_PENDING', false],
    ['FULL_SYNC_ONGOING', false],
    ['INCREMENTAL_PENDING', true],
    ['INCREMENTAL_ONGOING', true],
    ['FAILED', true],
  ])('runs a sync of changes at %s: %s', (stage, due) => {
    expect(isWhopSyncJobDue(connectionAt(stage), 'incremental')).toBe(due);
  });

  it('runs a full sync whatever the stage', () => {
    for (const stage of ['FULL_SYNC_PENDING', 'INCREMENTAL_PENDING', 'FAILED'] as const)
      expect(isWhopSyncJobDue(connectionAt(stage), 'full')).toBe(true);
  });

  it('resumes the run a full sync job was queued for, while it is under way', () => {
    expect(isWhopSyncJobDue(connectionAt('FULL_SYNC_ONGOING'), 'full', 'run-1')).toBe(true);
  });

  it('runs the full sync asked for since a resuming job was queued', () => {
    expect(isWhopSyncJobDue(connectionAt('FULL_SYNC_PENDING', null), 'full', 'run-1')).toBe(true);
  });

  it.each<[string, ReturnType<typeof connectionAt>]>([
    ['ended', connectionAt('INCREMENTAL_PENDING')],
    ['ended failed', connectionAt('FAILED')],
    ['was replaced by another full sync', connectionAt('FULL_SYNC_ONGOING', 'run-2')],
    ['was replaced by a sync of changes', connectionAt('INCREMENTAL_ONGOING')],
  ])('starts nothing for a resuming job whose run %s', (_, connection) => {
    expect(isWhopSyncJobDue(connection, 'full', 'run-1')).toBe(false);
  });
});
