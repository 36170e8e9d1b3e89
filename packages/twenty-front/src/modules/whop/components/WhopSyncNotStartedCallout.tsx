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
  // Whether the page still reads the connection (shouldPollWhopConnection): a full sync waiting to
  // start is followed for as long as it waits, past the follow window.
  isStillChecking: boolean;
};

// A requested run that has not started within the follow window: said plainly, rather than a
// "requested" left on the page for good. When the page stopped following it, checking again
// follows it for another window.
export const WhopSyncNotStartedCallout = ({
  connectionId,
  request,
  isStillChecking,
}: WhopSyncNotStartedCalloutProps) => {
  const setSyncRequests = useSetAtom(whopSyncRequestsState);
  const followWindow = formatDuration(WHOP_SYNC_FOLLOW_WINDOW_MS);
  const title = `${request.type === 'FULL' ? 'The full resync' : 'The sync of changes'} hasn't started yet`;

  if (isStillChecking) {
    return (
      <Callout variant="warning" title={title}>
        {`It is still waiting for the sync worker after ${followWindow}: the worker may be busy, or not running. This page keeps checking, and shows the sync as soon as it starts.`}
      </Callout>
    );
  }

  return (
    <Callout
      variant="warning"
      title={title}
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
      {`It is still waiting for the sync worker after ${followWindow}: the worker may be busy, or not running. This page stopped checking for it; it starts once the worker takes it.`}
    </Callout>
  );
};
