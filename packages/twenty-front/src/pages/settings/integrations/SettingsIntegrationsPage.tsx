import { SettingsPageContainer } from '@/settings/components/SettingsPageContainer';
import { IntegrationsList } from '@/settings/integrations/components/IntegrationsList';
import { H2Title } from '@/ui/display/components/H2Title';
import { Section } from '@/ui/layout/section/components/Section';

export const SettingsIntegrationsPage = () => (
  <SettingsPageContainer title="Integrations">
    <Section>
      <H2Title
        title="Integrations"
        description="Connect the tools you sell with to sync their customers into this workspace."
      />
      <IntegrationsList />
    </Section>
  </SettingsPageContainer>
);
