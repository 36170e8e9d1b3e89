import { IconSettings } from '@tabler/icons-react';

import { SettingsIntegrationCard } from '@/settings/integrations/components/SettingsIntegrationCard';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { Tag } from '@/ui/display/components/Tag';
import { Button } from '@/ui/input/components/Button';
import { WhopConnectButton } from '@/whop/components/WhopConnectButton';
import { WhopLogo } from '@/whop/components/WhopLogo';
import { useConnectWhop } from '@/whop/hooks/useConnectWhop';
import { useFindManyWhopConnections } from '@/whop/hooks/useFindManyWhopConnections';

import styles from './WhopIntegrationCard.module.css';

export const WhopIntegrationCard = () => {
  const { connectWhop, isRedirecting, errorMessage } = useConnectWhop();
  const { whopConnections = [] } = useFindManyWhopConnections();
  const connectedCount = whopConnections.filter(
    (connection) => connection.status !== 'revoked',
  ).length;
  const hasConnections = whopConnections.length > 0;

  return (
    <SettingsIntegrationCard
      logo={<WhopLogo />}
      title="Whop"
      description="Import your Whop customers, memberships, products and payments, and keep them in sync."
      status={
        connectedCount > 0 && (
          <Tag
            text={connectedCount === 1 ? 'Connected' : `${connectedCount} companies connected`}
            color="green"
          />
        )
      }
      actions={
        <>
          {hasConnections && (
            <Button
              title="Manage"
              Icon={IconSettings}
              to={getSettingsPath(SettingsPath.WhopIntegration)}
            />
          )}
          <WhopConnectButton
            title={connectedCount > 0 ? 'Connect another' : 'Connect Whop'}
            variant={connectedCount > 0 ? 'secondary' : 'primary'}
            isRedirecting={isRedirecting}
            onConnect={connectWhop}
          />
        </>
      }
      footer={
        errorMessage && (
          <p className={styles.error} role="alert">
            Couldn't start connecting Whop: {errorMessage}
          </p>
        )
      }
    />
  );
};
