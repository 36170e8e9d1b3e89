import { useEffect, useRef } from 'react';

import type { WhopConnection } from '@/whop/types/WhopConnection';

type WhopSyncLogsRefetchEffectProps = {
  connection: Pick<WhopConnection, 'syncStatus' | 'syncStage' | 'syncProgress' | 'lastSyncAt'>;
  onSyncStateChange: () => void;
};

// The sync history follows the connection: when a run starts (one that failed as the one before
// did included), moves to its next step or ends, the history shown is read again so the run's row shows its latest counts.
export const WhopSyncLogsRefetchEffect = ({
  connection,
  onSyncStateChange,
}: WhopSyncLogsRefetchEffectProps) => {
  const syncState = [
    connection.syncStatus,
    connection.syncStage,
    connection.syncProgress?.startedAt,
    connection.syncProgress?.step,
    connection.lastSyncAt,
  ].join('|');
  const previousSyncStateRef = useRef(syncState);

  useEffect(() => {
    if (previousSyncStateRef.current !== syncState) {
      previousSyncStateRef.current = syncState;
      onSyncStateChange();
    }
  }, [syncState, onSyncStateChange]);

  return null;
};
