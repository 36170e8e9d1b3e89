import type { WhopConnection } from '@/whop/types/WhopConnection';

const QUEUED_OR_RUNNING_STAGE_PATTERN = /_(PENDING|ONGOING)$/;

// While a sync runs or waits for its turn, the settings page follows it live. The resting stage of
// a healthy connection is INCREMENTAL_PENDING (the hourly reconcile), so it keeps following it too.
export const shouldPollWhopConnection = ({
  status,
  syncStatus,
  syncStage,
}: Pick<WhopConnection, 'status' | 'syncStatus' | 'syncStage'>): boolean =>
  status === 'active' &&
  (syncStatus === 'ONGOING' || QUEUED_OR_RUNNING_STAGE_PATTERN.test(syncStage));
