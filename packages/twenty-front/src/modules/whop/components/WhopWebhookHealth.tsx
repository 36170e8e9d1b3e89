import { IconAlertTriangle, IconWebhook } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { WhopConnectButton } from '@/whop/components/WhopConnectButton';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { describeWhopChangesArrival } from '@/whop/utils/describeWhopChangesArrival';

import styles from './WhopWebhookHealth.module.css';

type WhopWebhookHealthProps = {
  connection: Pick<
    WhopConnection,
    'status' | 'webhookRegistered' | 'webhookRegistrationError' | 'syncIntervalMinutes'
  >;
  isReconnecting: boolean;
  // While a sync runs or waits to resume, Reconnect is held back: it would start the import again.
  isSyncing: boolean;
  // Where the card offers no Reconnect of its own; without it, the row points to the card's.
  onReconnect?: () => void;
};

// Whether Whop has the webhook, and how to get it registered when it does not. This server does
// not process webhook deliveries yet: either way, changes arrive with the scheduled check and
// Sync changes (or not at all while the connection needs reconnecting), and the row says so
// rather than promising real-time updates.
export const WhopWebhookHealth = ({
  connection,
  isReconnecting,
  isSyncing,
  onReconnect,
}: WhopWebhookHealthProps) => {
  const changesArrival = describeWhopChangesArrival(connection);

  if (connection.webhookRegistered) {
    return (
      <div className={styles.row}>
        <IconWebhook className={styles.okIcon} size={16} stroke={2} aria-hidden />
        <div className={styles.text}>
          <p className={styles.title}>Webhook registered with Whop</p>
          <p className={styles.description}>
            {`Real-time updates are not processed yet: ${changesArrival}.`}
          </p>
        </div>
      </div>
    );
  }

  // Connecting registers the webhook, and reconnecting tries again (reconnecting also starts a
  // full sync: said before the seller clicks). What stopped it (a permission Whop refused, Whop
  // failing, or a failure of this server) is said as the server recorded it.
  return (
    <div className={styles.row}>
      <IconAlertTriangle className={styles.warningIcon} size={16} stroke={2} aria-hidden />
      <div className={styles.text}>
        <p className={styles.title}>Webhook not registered</p>
        {isDefined(connection.webhookRegistrationError) && (
          <p className={styles.description}>{connection.webhookRegistrationError}</p>
        )}
        <p className={styles.description}>
          {`${isSyncing ? 'Once this sync has finished, Reconnect' : 'Reconnect'} registers it again, and checks every record again with a full sync; if Whop refused a permission, first grant your Whop app "Manage webhooks" (developer:manage_webhook) on Whop. Meanwhile, ${changesArrival}.`}
        </p>
        {isDefined(onReconnect) && !isSyncing && (
          <div className={styles.action}>
            <WhopConnectButton
              title="Reconnect"
              variant="secondary"
              size="small"
              isRedirecting={isReconnecting}
              onConnect={onReconnect}
            />
          </div>
        )}
      </div>
    </div>
  );
};
