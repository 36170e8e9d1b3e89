import { isDefined } from 'twenty-shared';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopImportState } from '@/whop/types/WhopImportState';
import { getWhopLastCompletedSyncAt } from '@/whop/utils/getWhopLastCompletedSyncAt';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';

type WhopImportConnection = Pick<
  WhopConnection,
  'status' | 'syncStatus' | 'syncStage' | 'lastFullSyncAt' | 'lastIncrementalSyncAt'
>;

// A disconnected company imports nothing more. Of the others, a sync waiting or running says the
// records may be on their way, whatever the other companies say.
export const getWhopImportState = (connections: WhopImportConnection[]): WhopImportState => {
  const connectedConnections = connections.filter(({ status }) => status !== 'revoked');

  if (connectedConnections.length === 0) {
    return 'not_connected';
  }
  if (
    connectedConnections.some((connection) => {
      const phase = getWhopSyncPhase(connection);

      return phase === 'pending' || phase === 'ongoing';
    })
  ) {
    return 'importing';
  }

  return connectedConnections.some((connection) =>
    isDefined(getWhopLastCompletedSyncAt(connection)),
  )
    ? 'imported'
    : 'not_imported';
};
