import { isDefined, WHOP_SYNC_STEPS } from 'twenty-shared';

import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import { Callout } from '@/ui/feedback/components/Callout';
import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { WhopSyncRetryCallout } from '@/whop/components/WhopSyncRetryCallout';
import { WhopSyncStepList } from '@/whop/components/WhopSyncStepList';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { describeWhopSyncTimeLeft } from '@/whop/utils/describeWhopSyncTimeLeft';
import { formatWhopSyncIssueCounts } from '@/whop/utils/formatWhopSyncIssueCounts';
import { getWhopSyncStalledSince } from '@/whop/utils/getWhopSyncStalledSince';
import { getWhopSyncStepRows } from '@/whop/utils/getWhopSyncStepRows';
import { isWhopSyncRateSettled } from '@/whop/utils/isWhopSyncRateSettled';
import { isWhopSyncWaitingToRetry } from '@/whop/utils/isWhopSyncWaitingToRetry';

import styles from './WhopSyncStatusPanel.module.css';

const EMPTY_PROGRESS: WhopSyncProgress = {
  step: null,
  steps: [],
  recordsPerSecond: null,
  startedAt: null,
  rateSince: null,
  warnings: 0,
  errors: 0,
};

type WhopSyncProgressDetailsProps = {
  connection: Pick<
    WhopConnection,
    | 'status'
    | 'syncStatus'
    | 'syncStage'
    | 'syncProgress'
    | 'lastSyncError'
    | 'nextSyncRetryAt'
    | 'throttleFailureCount'
    | 'updatedAt'
    | 'readAt'
  >;
  // False while the page cannot reach the server: a rate and an estimate read earlier no longer
  // describe the run.
  isLive: boolean;
};

// The live figures of a running sync: its rate, time left, each step's progress, and the problems
// met so far.
export const WhopSyncProgressDetails = ({ connection, isLive }: WhopSyncProgressDetailsProps) => {
  const progress = connection.syncProgress ?? EMPTY_PROGRESS;
  // Until the first step reports, the run is about to start it.
  const rows = getWhopSyncStepRows({
    step: progress.step ?? WHOP_SYNC_STEPS[0],
    steps: progress.steps,
  });
  // Over a run's first records and seconds, its rate and an estimate from it would mislead. The
  // time is read as each poll brings new figures, on no clock of its own: the rate settles only
  // with figures the run writes once it has run long enough.
  const now = new Date();
  const isRateSettled = isWhopSyncRateSettled(progress, now);
  // Stopped between two attempts, when the queue tries again.
  const nextSyncRetryAt = isWhopSyncWaitingToRetry(connection) ? connection.nextSyncRetryAt : null;
  // Between two attempts, or a Whop call retried within one: the last rate and estimate no longer
  // hold.
  const isWaitingToRetry = isDefined(connection.lastSyncError) || isDefined(nextSyncRetryAt);
  // Not moved for minutes: its figures are as of then.
  const stalledSince = getWhopSyncStalledSince(connection);

  return (
    <>
      <dl className={styles.metrics}>
        <div className={styles.metric}>
          <dt>Speed</dt>
          <dd>
            {!isLive
              ? 'Unknown'
              : isDefined(stalledSince)
                ? 'Stalled'
                : isWaitingToRetry
                  ? 'Paused'
                  : isRateSettled && isDefined(progress.recordsPerSecond)
                    ? `${formatNumber(progress.recordsPerSecond)} records/s`
                    : 'Measuring…'}
          </dd>
        </div>
        <div className={styles.metric}>
          <dt>Time left</dt>
          <dd>
            {!isLive || isDefined(stalledSince)
              ? 'Unknown'
              : isWaitingToRetry
                ? 'Once the sync resumes'
                : describeWhopSyncTimeLeft(progress, now)}
          </dd>
        </div>
        <div className={styles.metric}>
          <dt>Problems so far</dt>
          <dd data-has-issues={progress.warnings + progress.errors > 0}>
            {formatWhopSyncIssueCounts(progress)}
          </dd>
        </div>
      </dl>
      <WhopSyncStepList
        rows={rows}
        isPaused={isDefined(nextSyncRetryAt) || isDefined(stalledSince)}
      />
      {isDefined(stalledSince) ? (
        <Callout variant="warning" title={`No progress since ${formatDateTime(stalledSince)}`}>
          The server's sync worker may be stopped, or busy with another sync. This sync goes on from
          where it stopped once the worker takes it up again; nothing it imported is lost.
        </Callout>
      ) : isDefined(nextSyncRetryAt) ? (
        <WhopSyncRetryCallout connection={connection} nextSyncRetryAt={nextSyncRetryAt} />
      ) : (
        connection.lastSyncError && (
          <Callout variant="warning" title="This sync is waiting to retry">
            {connection.lastSyncError}
          </Callout>
        )
      )}
    </>
  );
};
