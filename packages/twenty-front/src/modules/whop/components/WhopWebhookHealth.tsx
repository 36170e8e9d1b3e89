import { IconAlertTriangle, IconWebhook } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { CopyButton } from '@/ui/input/components/CopyButton';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { formatWhopSyncInterval } from '@/whop/utils/formatWhopSyncInterval';

import styles from './WhopWebhookHealth.module.css';

type WhopWebhookHealthProps = {
  connection: Pick<
    WhopConnection,
    'webhookRegistered' | 'webhookUrl' | 'webhookRegistrationError' | 'syncIntervalMinutes'
  >;
};

// Whether Whop pushes changes to this workspace, and how to fix it when it does not.
export const WhopWebhookHealth = ({ connection }: WhopWebhookHealthProps) => {
  if (connection.webhookRegistered) {
    return (
      <div className={styles.row}>
        <IconWebhook className={styles.okIcon} size={16} stroke={2} aria-hidden />
        <div className={styles.text}>
          <p className={styles.title}>Webhook registered</p>
          <p className={styles.description}>
            Whop has this workspace's address for new sales, renewals, cancellations and refunds.
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className={styles.row}>
      <IconAlertTriangle className={styles.warningIcon} size={16} stroke={2} aria-hidden />
      <div className={styles.text}>
        <p className={styles.title}>Webhook not registered</p>
        <p className={styles.description}>
          {connection.webhookRegistrationError
            ? `Whop refused to register it: ${connection.webhookRegistrationError}`
            : 'Whop has not registered the webhook for this company.'}{' '}
          {isDefined(connection.syncIntervalMinutes)
            ? `Changes still arrive with the check ${formatWhopSyncInterval(connection.syncIntervalMinutes)}.`
            : 'Meanwhile, Sync changes brings changes in.'}{' '}
          To register it yourself, add this endpoint in your Whop app's webhook settings:
        </p>
        <div className={styles.url}>
          <code className={styles.code}>{connection.webhookUrl}</code>
          <CopyButton value={connection.webhookUrl} ariaLabel="Copy the webhook URL" />
        </div>
      </div>
    </div>
  );
};
