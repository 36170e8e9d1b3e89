import { IconRefresh } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { Callout } from '@/ui/feedback/components/Callout';
import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';
import { Button } from '@/ui/input/components/Button';
import { Card } from '@/ui/layout/card/components/Card';
import { useOnPageShownAgain } from '@/ui/utilities/hooks/useOnPageShownAgain';
import { WhopConnectButton } from '@/whop/components/WhopConnectButton';
import { WhopConnectionSection } from '@/whop/components/WhopConnectionSection';
import { WhopConnectionsEmptyState } from '@/whop/components/WhopConnectionsEmptyState';
import { useConnectWhop } from '@/whop/hooks/useConnectWhop';
import { useFindManyWhopConnections } from '@/whop/hooks/useFindManyWhopConnections';

import styles from './WhopConnectionList.module.css';

export const WhopConnectionList = () => {
  const { whopConnections, error, retry } = useFindManyWhopConnections();
  const { connectWhop, isRedirecting, errorMessage } = useConnectWhop();

  // A page at rest is not polled: the connections are read again as the seller comes back to it,
  // in case another tab or person synced, reconnected or disconnected meanwhile.
  useOnPageShownAgain(retry);

  if (isDefined(error)) {
    return (
      <Callout
        variant="danger"
        title="Couldn't load your Whop connections"
        action={<Button title="Retry" Icon={IconRefresh} size="small" onClick={retry} />}
      >
        {getApolloErrorMessage(error)}
      </Callout>
    );
  }

  if (!isDefined(whopConnections)) {
    return (
      <Card>
        <div className={styles.skeleton} aria-busy aria-label="Loading Whop connections">
          <SkeletonBar width={32} height={32} />
          <div className={styles.skeletonText}>
            <SkeletonBar width={180} height={14} />
            <SkeletonBar width={260} height={12} />
          </div>
        </div>
      </Card>
    );
  }

  if (whopConnections.length === 0) {
    return <WhopConnectionsEmptyState />;
  }

  const revokedLast = [...whopConnections].sort(
    (first, second) => Number(first.status === 'revoked') - Number(second.status === 'revoked'),
  );

  return (
    <div className={styles.list}>
      {revokedLast.map((connection) => (
        <WhopConnectionSection key={connection.id} connection={connection} />
      ))}
      <div className={styles.connectAnother}>
        <WhopConnectButton
          title="Connect another Whop company"
          variant="secondary"
          isRedirecting={isRedirecting}
          onConnect={connectWhop}
        />
        {errorMessage && (
          <p className={styles.error} role="alert">
            Couldn't start connecting Whop: {errorMessage}
          </p>
        )}
      </div>
    </div>
  );
};
