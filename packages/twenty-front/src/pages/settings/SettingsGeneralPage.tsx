import { SettingsPageContainer } from '@/settings/components/SettingsPageContainer';
import { SettingsSignedInUserSummaryCard } from '@/settings/general/components/SettingsSignedInUserSummaryCard';
import { SettingsWorkspaceSummaryCard } from '@/settings/general/components/SettingsWorkspaceSummaryCard';
import { H2Title } from '@/ui/display/components/H2Title';
import { Section } from '@/ui/layout/section/components/Section';

export const SettingsGeneralPage = () => (
  <SettingsPageContainer title="General">
    <Section>
      <H2Title title="Workspace" description="The workspace your CRM records belong to." />
      <SettingsWorkspaceSummaryCard />
    </Section>
    <Section>
      <H2Title title="Signed in as" description="The account used in this browser." />
      <SettingsSignedInUserSummaryCard />
    </Section>
  </SettingsPageContainer>
);
