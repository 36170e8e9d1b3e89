import { useSetAtom } from 'jotai';
import { useEffect } from 'react';

import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { buildWhopSyncRequest } from '@/whop/utils/buildWhopSyncRequest';

type WhopScheduledCheckEffectProps = {
  connection: Pick<
    WhopConnection,
    'id' | 'lastFullSyncAt' | 'lastIncrementalSyncAt' | 'lastSyncError' | 'syncProgress'
  >;
  nextScheduledSyncAt: string;
};

// When the scheduled check's time comes (or has already gone when the page opens), the page
// follows the connection as it does after "Sync changes": the run shows up live, and the time is
// read again rather than left on the page after it has passed. A request of the seller's own
// that has not shown up yet is followed on, still as theirs.
export const WhopScheduledCheckEffect = ({
  connection,
  nextScheduledSyncAt,
}: WhopScheduledCheckEffectProps) => {
  const setSyncRequests = useSetAtom(whopSyncRequestsState);
  const { id, lastFullSyncAt, lastIncrementalSyncAt, lastSyncError } = connection;
  const runStartedAt = connection.syncProgress?.startedAt ?? null;

  useEffect(() => {
    const timeout = setTimeout(
      () =>
        setSyncRequests((current) => ({
          ...current,
          [id]: {
            ...(current[id] ??
              buildWhopSyncRequest(
                {
                  lastFullSyncAt,
                  lastIncrementalSyncAt,
                  lastSyncError,
                  syncProgress: { startedAt: runStartedAt },
                },
                null,
              )),
            requestedAt: Date.now(),
            hasTimedOut: false,
          },
        })),
      Math.max(0, Date.parse(nextScheduledSyncAt) - Date.now()),
    );

    return () => clearTimeout(timeout);
  }, [
    id,
    nextScheduledSyncAt,
    lastFullSyncAt,
    lastIncrementalSyncAt,
    lastSyncError,
    runStartedAt,
    setSyncRequests,
  ]);

  return null;
};
