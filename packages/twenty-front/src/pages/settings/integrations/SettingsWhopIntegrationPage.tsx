import { SettingsPageContainer } from '@/settings/components/SettingsPageContainer';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { H2Title } from '@/ui/display/components/H2Title';
import { Section } from '@/ui/layout/section/components/Section';
import { WhopConnectResultCallout } from '@/whop/components/WhopConnectResultCallout';
import { WhopConnectionList } from '@/whop/components/WhopConnectionList';

import styles from './SettingsWhopIntegrationPage.module.css';

export const SettingsWhopIntegrationPage = () => (
  <SettingsPageContainer
    title="Whop"
    parentLinks={[{ label: 'Integrations', to: getSettingsPath(SettingsPath.Integrations) }]}
  >
    <Section>
      <H2Title
        title="Whop"
        description="Sync the customers, memberships, products and payments of your Whop companies into this workspace."
      />
      <div className={styles.content}>
        <WhopConnectResultCallout />
        <WhopConnectionList />
      </div>
    </Section>
  </SettingsPageContainer>
);
