import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { SettingsSummaryCard } from '@/settings/components/SettingsSummaryCard';
import { Avatar } from '@/ui/display/components/Avatar';
import { useCurrentUser } from '@/users/hooks/useCurrentUser';
import { getUserFullName } from '@/users/utils/getUserFullName';

export const SettingsSignedInUserSummaryCard = () => {
  const { currentUser, error } = useCurrentUser();

  if (isDefined(error)) {
    return (
      <SettingsSummaryCard
        state="error"
        errorMessage={`Couldn't load your account: ${getApolloErrorMessage(error)}`}
      />
    );
  }

  if (!isDefined(currentUser)) {
    return <SettingsSummaryCard state="loading" />;
  }

  const fullName = getUserFullName(currentUser);

  return (
    <SettingsSummaryCard
      state="loaded"
      avatar={<Avatar placeholder={fullName} placeholderColorSeed={currentUser.id} size="lg" />}
      title={fullName}
      description={currentUser.email}
    />
  );
};
