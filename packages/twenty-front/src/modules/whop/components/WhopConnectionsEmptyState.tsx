import { Callout } from '@/ui/feedback/components/Callout';
import { Card } from '@/ui/layout/card/components/Card';
import { WhopConnectButton } from '@/whop/components/WhopConnectButton';
import { WhopLogo } from '@/whop/components/WhopLogo';
import { useConnectWhop } from '@/whop/hooks/useConnectWhop';

import styles from './WhopConnectionsEmptyState.module.css';

export const WhopConnectionsEmptyState = () => {
  const { connectWhop, isRedirecting, errorMessage } = useConnectWhop();

  return (
    <Card>
      <div className={styles.content}>
        <WhopLogo size={48} />
        <h3 className={styles.title}>Connect Whop to import your customers</h3>
        <p className={styles.description}>
          Your Whop members become People, their memberships become Opportunities, and your products
          and payments come along. You approve access on Whop; the first import starts right after.
        </p>
        <WhopConnectButton
          title="Connect Whop"
          isRedirecting={isRedirecting}
          onConnect={connectWhop}
        />
        {errorMessage && (
          <Callout variant="danger" title="Couldn't start connecting Whop">
            {errorMessage}
          </Callout>
        )}
      </div>
    </Card>
  );
};
