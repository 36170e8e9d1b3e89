import { IconRefresh, IconSettings } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { SettingsIntegrationCard } from '@/settings/integrations/components/SettingsIntegrationCard';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { Tag } from '@/ui/display/components/Tag';
import { Button } from '@/ui/input/components/Button';
import { WhopConnectButton } from '@/whop/components/WhopConnectButton';
import { WhopLogo } from '@/whop/components/WhopLogo';
import { useConnectWhop } from '@/whop/hooks/useConnectWhop';
import { useFindManyWhopConnections } from '@/whop/hooks/useFindManyWhopConnections';
import { getWhopIntegrationStatusTags } from '@/whop/utils/getWhopIntegrationStatusTags';

import styles from './WhopIntegrationCard.module.css';

export const WhopIntegrationCard = () => {
  const { connectWhop, isRedirecting, errorMessage } = useConnectWhop();
  const { whopConnections, error, retry } = useFindManyWhopConnections();
  const connections = whopConnections ?? [];
  const statusTags = getWhopIntegrationStatusTags(connections);
  const hasConnectedCompany = connections.some(({ status }) => status !== 'revoked');
  const hasConnections = connections.length > 0;
  // Unread connections are not missing ones: offering to connect Whop could connect it twice, so
  // nothing is offered while they load, and Retry when they could not be read.
  const hasLoadError = isDefined(error);
  const isLoading = !isDefined(whopConnections) && !hasLoadError;

  return (
    <SettingsIntegrationCard
      logo={<WhopLogo />}
      title="Whop"
      description="Import your Whop customers, memberships, products and payments, and keep them in sync."
      status={
        statusTags.length > 0 && (
          <div className={styles.tags}>
            {statusTags.map(({ text, color }) => (
              <Tag key={text} text={text} color={color} />
            ))}
          </div>
        )
      }
      actions={
        hasLoadError ? (
          <Button title="Retry" Icon={IconRefresh} onClick={retry} />
        ) : isLoading ? null : (
          <>
            {hasConnections && (
              <Button
                title="Manage"
                Icon={IconSettings}
                to={getSettingsPath(SettingsPath.WhopIntegration)}
              />
            )}
            <WhopConnectButton
              title={hasConnectedCompany ? 'Connect another' : 'Connect Whop'}
              variant={hasConnectedCompany ? 'secondary' : 'primary'}
              isRedirecting={isRedirecting}
              onConnect={connectWhop}
            />
          </>
        )
      }
      footer={
        hasLoadError ? (
          <p className={styles.error} role="alert">
            Couldn't load your Whop connections: {getApolloErrorMessage(error)}
          </p>
        ) : (
          errorMessage && (
            <p className={styles.error} role="alert">
              Couldn't start connecting Whop: {errorMessage}
            </p>
          )
        )
      }
    />
  );
};
