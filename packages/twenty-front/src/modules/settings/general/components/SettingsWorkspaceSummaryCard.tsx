import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { SettingsSummaryCard } from '@/settings/components/SettingsSummaryCard';
import { Avatar } from '@/ui/display/components/Avatar';
import { formatDate } from '@/ui/field/display/utils/formatDate';
import { useCurrentWorkspace } from '@/workspace/hooks/useCurrentWorkspace';

export const SettingsWorkspaceSummaryCard = () => {
  const { currentWorkspace, error } = useCurrentWorkspace();

  if (isDefined(error)) {
    return (
      <SettingsSummaryCard
        state="error"
        errorMessage={`Couldn't load the workspace: ${getApolloErrorMessage(error)}`}
      />
    );
  }

  if (!isDefined(currentWorkspace)) {
    return <SettingsSummaryCard state="loading" />;
  }

  return (
    <SettingsSummaryCard
      state="loaded"
      avatar={
        <Avatar
          placeholder={currentWorkspace.displayName}
          placeholderColorSeed={currentWorkspace.id}
          type="squared"
          size="lg"
          inverted
        />
      }
      title={currentWorkspace.displayName}
      description={`Created ${formatDate(currentWorkspace.createdAt)}`}
    />
  );
};
