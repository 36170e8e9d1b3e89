import { isDefined, type WhopSyncType } from 'twenty-shared';

import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { formatDuration } from '@/ui/field/display/utils/formatDuration';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';
import { formatWhopSyncCounts } from '@/whop/utils/formatWhopSyncCounts';
import { getWhopSyncLogDurationMs } from '@/whop/utils/getWhopSyncLogDurationMs';

// The "Last full / incremental sync" line: when the last run of the type completed (with its
// duration and counts when its log is among `logs`, newest first), and the attempt that failed
// since, if the latest one did.
export const describeWhopLastSync = (
  lastCompletedAt: string | null,
  logs: WhopSyncLog[],
  type: WhopSyncType,
): string => {
  const finishedLogs = logs.filter((log) => log.type === type && log.status !== 'running');
  const failedAttempt = finishedLogs[0]?.status === 'failed' ? finishedLogs[0] : undefined;
  const completedLog = finishedLogs.find((log) => log.status !== 'failed');
  const durationMs = isDefined(completedLog) ? getWhopSyncLogDurationMs(completedLog) : null;
  const lastCompleted = isDefined(lastCompletedAt)
    ? [
        formatDateTime(lastCompletedAt),
        ...(isDefined(durationMs) ? [`took ${formatDuration(durationMs)}`] : []),
        ...(isDefined(completedLog) ? [formatWhopSyncCounts(completedLog.counts)] : []),
      ]
    : [isDefined(failedAttempt) ? 'Never completed' : 'Never'];

  return [
    ...lastCompleted,
    ...(isDefined(failedAttempt)
      ? [
          `last attempt failed ${formatDateTime(failedAttempt.completedAt ?? failedAttempt.startedAt)}`,
        ]
      : []),
  ].join(' · ');
};
