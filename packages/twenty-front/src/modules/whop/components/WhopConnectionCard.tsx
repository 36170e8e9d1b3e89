import { IconPlugConnectedX, IconRefresh, IconRefreshDot } from '@tabler/icons-react';
import { useAtomValue } from 'jotai';
import { useEffect, useRef, useState } from 'react';
import { isDefined } from 'twenty-shared';

import { formatDate } from '@/ui/field/display/utils/formatDate';
import { Callout } from '@/ui/feedback/components/Callout';
import { Button } from '@/ui/input/components/Button';
import { Card } from '@/ui/layout/card/components/Card';
import { WhopConnectButton } from '@/whop/components/WhopConnectButton';
import { WhopConnectionStatusTag } from '@/whop/components/WhopConnectionStatusTag';
import { WhopDisconnectModal } from '@/whop/components/WhopDisconnectModal';
import { WhopLogo } from '@/whop/components/WhopLogo';
import { WhopSyncNotStartedCallout } from '@/whop/components/WhopSyncNotStartedCallout';
import { WhopWebhookHealth } from '@/whop/components/WhopWebhookHealth';
import { useConnectWhop } from '@/whop/hooks/useConnectWhop';
import { useTriggerWhopSync } from '@/whop/hooks/useTriggerWhopSync';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import type { WhopSyncRunType } from '@/whop/types/WhopSyncRunType';
import { getWhopConnectionHealth } from '@/whop/utils/getWhopConnectionHealth';
import { getWhopConnectionHealthExplanation } from '@/whop/utils/getWhopConnectionHealthExplanation';
import { hasWhopSyncRequestStarted } from '@/whop/utils/hasWhopSyncRequestStarted';
import { shouldPollWhopConnection } from '@/whop/utils/shouldPollWhopConnection';

import styles from './WhopConnectionCard.module.css';

// The main action once a sync failed, by the run it starts.
const RETRY_ACTIONS: Record<WhopSyncRunType, { title: string; Icon: typeof IconRefresh }> = {
  INCREMENTAL: { title: 'Try again', Icon: IconRefreshDot },
  FULL: { title: 'Run a full resync', Icon: IconRefresh },
};

// The seller's own request, until the connection shows its run ("requested" until then, or "not
// started yet" once the page stopped following it); the scheduled check's is not theirs to see.
const getPendingSellerRequest = (
  connection: WhopConnection,
  request: WhopSyncRequest | undefined,
) =>
  isDefined(request) && isDefined(request.type) && !hasWhopSyncRequestStarted(connection, request)
    ? { ...request, type: request.type }
    : null;

type WhopConnectionCardProps = {
  connection: WhopConnection;
};

export const WhopConnectionCard = ({ connection }: WhopConnectionCardProps) => {
  const health = getWhopConnectionHealth(connection);
  const {
    connectWhop,
    isRedirecting,
    errorMessage: connectErrorMessage,
  } = useConnectWhop(connection.id);
  const {
    triggerWhopSync,
    pendingType,
    errorMessage: syncErrorMessage,
  } = useTriggerWhopSync(connection);
  const [isDisconnectModalOpen, setIsDisconnectModalOpen] = useState(false);
  const [isDisconnectedHere, setIsDisconnectedHere] = useState(false);
  const companyHeadingRef = useRef<HTMLHeadingElement>(null);
  const syncRequest = useAtomValue(whopSyncRequestsState)[connection.id];
  const sellerRequest = getPendingSellerRequest(connection, syncRequest);

  // After a failure, what catches up: the changes once a full sync has completed, else a full one.
  const retryType: WhopSyncRunType = isDefined(connection.lastFullSyncAt) ? 'INCREMENTAL' : 'FULL';
  const needsReconnect =
    health === 'needs_reauth' ||
    (health === 'failed' && connection.syncStatus === 'FAILED_INSUFFICIENT_PERMISSIONS');
  // Between two attempts, or stalled, the run is still under way and resumes by itself: as while
  // it runs, no other is offered; nor one that would stop on the grant's missing permission again.
  const isSyncing = health === 'syncing' || health === 'retrying' || health === 'stalled';
  const canResync = connection.status === 'active' && !isSyncing && !needsReconnect;
  const connectedBy = connection.whopUserName ?? 'a Whop admin';

  // Disconnected from here, the card loses the button that opened the dialog: focus goes to the
  // card (once the dialog has closed, and wherever the card moved), not to the top of the page.
  useEffect(() => {
    if (isDisconnectedHere && !isDisconnectModalOpen && connection.status === 'revoked') {
      companyHeadingRef.current?.focus();
      setIsDisconnectedHere(false);
    }
  }, [isDisconnectedHere, isDisconnectModalOpen, connection.status]);

  // Retried from here with the focus on Try again, the failed card loses the button once the sync
  // starts: focus goes to the card, unless it went elsewhere meanwhile. Not once the server refused
  // the retry: the failure stays, and with it the button.
  const isRetryingHereRef = useRef(false);

  useEffect(() => {
    if (isDefined(syncErrorMessage)) isRetryingHereRef.current = false;
  }, [syncErrorMessage]);

  useEffect(() => {
    if (!isRetryingHereRef.current || health === 'failed') return;
    isRetryingHereRef.current = false;
    if (document.activeElement === document.body) companyHeadingRef.current?.focus();
  }, [health]);

  return (
    <Card>
      <div className={styles.header}>
        <WhopLogo size={32} />
        <div className={styles.identity}>
          <h3 ref={companyHeadingRef} tabIndex={-1} className={styles.company}>
            {connection.whopCompanyTitle}
          </h3>
          <p className={styles.connectedBy}>
            Connected by {connectedBy} on {formatDate(connection.createdAt)}
          </p>
        </div>
        <WhopConnectionStatusTag health={health} />
      </div>
      <div className={styles.body}>
        <p className={styles.explanation}>
          {getWhopConnectionHealthExplanation(connection, health)}
        </p>
        {(needsReconnect || health === 'revoked') && (
          <div>
            <WhopConnectButton
              title={health === 'revoked' ? 'Connect again' : 'Reconnect'}
              isRedirecting={isRedirecting}
              onConnect={connectWhop}
            />
          </div>
        )}
        {health === 'failed' && !needsReconnect && (
          <div>
            <Button
              title={pendingType === retryType ? 'Starting…' : RETRY_ACTIONS[retryType].title}
              Icon={RETRY_ACTIONS[retryType].Icon}
              variant="primary"
              busy={pendingType !== null}
              onClick={(event) => {
                isRetryingHereRef.current = document.activeElement === event.currentTarget;
                triggerWhopSync(retryType);
              }}
            />
          </div>
        )}
        {connectErrorMessage && (
          <Callout variant="danger" title="Couldn't start connecting Whop">
            {connectErrorMessage}
          </Callout>
        )}
        {sellerRequest?.hasTimedOut && (
          <WhopSyncNotStartedCallout
            connectionId={connection.id}
            request={sellerRequest}
            isStillChecking={shouldPollWhopConnection(connection, sellerRequest)}
          />
        )}
        {syncErrorMessage && (
          <Callout variant="warning" title="The sync didn't start">
            {syncErrorMessage}
          </Callout>
        )}
      </div>
      {connection.status !== 'revoked' && (
        <div className={styles.webhook}>
          <WhopWebhookHealth
            connection={connection}
            isReconnecting={isRedirecting}
            isSyncing={isSyncing}
            onReconnect={
              connection.status === 'active' && !needsReconnect ? connectWhop : undefined
            }
          />
        </div>
      )}
      {connection.status !== 'revoked' && (
        <div className={styles.actions}>
          {connection.status === 'active' && (
            <>
              <Button
                title={pendingType === 'INCREMENTAL' ? 'Starting…' : 'Sync changes'}
                Icon={IconRefreshDot}
                size="small"
                disabled={!canResync || pendingType !== null}
                focusableWhenDisabled
                onClick={() => triggerWhopSync('INCREMENTAL')}
              />
              <Button
                title={pendingType === 'FULL' ? 'Starting…' : 'Full resync'}
                Icon={IconRefresh}
                size="small"
                disabled={!canResync || pendingType !== null}
                focusableWhenDisabled
                onClick={() => triggerWhopSync('FULL')}
              />
              {sellerRequest !== null && !sellerRequest.hasTimedOut && (
                <span className={styles.requested} role="status">
                  {sellerRequest.type === 'FULL'
                    ? 'Full resync requested'
                    : 'Sync of changes requested'}
                </span>
              )}
            </>
          )}
          <span className={styles.spacer} />
          <Button
            title="Disconnect"
            Icon={IconPlugConnectedX}
            size="small"
            variant="tertiary"
            onClick={() => setIsDisconnectModalOpen(true)}
          />
        </div>
      )}
      {isDisconnectModalOpen && (
        <WhopDisconnectModal
          connectionId={connection.id}
          companyTitle={connection.whopCompanyTitle}
          onClose={() => setIsDisconnectModalOpen(false)}
          onDisconnected={() => setIsDisconnectedHere(true)}
        />
      )}
    </Card>
  );
};
