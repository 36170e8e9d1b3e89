import { IconRefresh } from '@tabler/icons-react';
import { useSetAtom } from 'jotai';

import { Callout } from '@/ui/feedback/components/Callout';
import { formatDuration } from '@/ui/field/display/utils/formatDuration';
import { Button } from '@/ui/input/components/Button';
import { WHOP_SYNC_FOLLOW_WINDOW_MS } from '@/whop/constants/WhopSyncFollowWindowMs';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import type { WhopSyncRunType } from '@/whop/types/WhopSyncRunType';

type WhopSyncNotStartedCalloutProps = {
  connectionId: string;
  request: WhopSyncRequest & { type: WhopSyncRunType };
};

// A requested run the page stopped following before it started: said plainly, rather than a
// "requested" left on the page for good. Checking again follows it for another window.
export const WhopSyncNotStartedCallout = ({
  connectionId,
  request,
}: WhopSyncNotStartedCalloutProps) => {
  const setSyncRequests = useSetAtom(whopSyncRequestsState);
  const followWindow = formatDuration(WHOP_SYNC_FOLLOW_WINDOW_MS);

  return (
    <Callout
      variant="warning"
      title={`${request.type === 'FULL' ? 'The full resync' : 'The sync of changes'} hasn't started yet`}
      action={
        <Button
          title="Check again"
          Icon={IconRefresh}
          size="small"
          onClick={() =>
            setSyncRequests((current) => ({
              ...current,
              [connectionId]: { ...request, requestedAt: Date.now(), hasTimedOut: false },
            }))
          }
        />
      }
    >
      {`It is still waiting for the sync worker after ${followWindow}, which may be busy, so this page stopped checking for it. It starts once the worker takes it.`}
    </Callout>
  );
};
