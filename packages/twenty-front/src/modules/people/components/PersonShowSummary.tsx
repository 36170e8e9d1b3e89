import {
  IconAt,
  IconBriefcase,
  IconCalendar,
  IconCoins,
  IconHash,
  IconMail,
  IconMap,
  IconPhone,
  IconTicket,
  IconUserCheck,
} from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { RecordShowFieldList } from '@/object-record/record-show/components/RecordShowFieldList';
import { RecordShowHeader } from '@/object-record/record-show/components/RecordShowHeader';
import type { Person } from '@/people/types/Person';
import { getPersonFullName } from '@/people/utils/getPersonFullName';
import { getPersonWhopSubtitle } from '@/people/utils/getPersonWhopSubtitle';
import { Avatar } from '@/ui/display/components/Avatar';
import { CurrencyAmountsDisplay } from '@/ui/field/display/components/CurrencyAmountsDisplay';
import { DateDisplay } from '@/ui/field/display/components/DateDisplay';
import { EmailDisplay } from '@/ui/field/display/components/EmailDisplay';
import { NumberDisplay } from '@/ui/field/display/components/NumberDisplay';
import { PhoneDisplay } from '@/ui/field/display/components/PhoneDisplay';
import { formatPhone } from '@/ui/field/display/utils/formatPhone';

type PersonShowSummaryProps = {
  person: Person;
};

export const PersonShowSummary = ({ person }: PersonShowSummaryProps) => {
  const fullName = getPersonFullName(person) || 'Untitled';

  return (
    <>
      <RecordShowHeader
        avatar={
          <Avatar
            placeholder={fullName}
            placeholderColorSeed={person.id}
            avatarUrl={person.avatarUrl}
            size="lg"
          />
        }
        title={fullName}
        subtitle={getPersonWhopSubtitle(person)}
      />
      <RecordShowFieldList
        fields={[
          {
            label: 'Email',
            Icon: IconMail,
            value: person.emails.primaryEmail && (
              <EmailDisplay email={person.emails.primaryEmail} />
            ),
          },
          {
            label: 'Phone',
            Icon: IconPhone,
            value: formatPhone(person.phones) !== '' && <PhoneDisplay phone={person.phones} />,
          },
          {
            label: 'Lifetime value',
            Icon: IconCoins,
            value: person.whopLifetimeValues.length > 0 && (
              <CurrencyAmountsDisplay amounts={person.whopLifetimeValues} />
            ),
          },
          {
            label: 'Active memberships',
            Icon: IconTicket,
            value: isDefined(person.whopActiveMemberships) && (
              <NumberDisplay value={person.whopActiveMemberships} />
            ),
          },
          { label: 'Whop username', Icon: IconAt, value: person.whopUsername },
          { label: 'Whop user ID', Icon: IconHash, value: person.whopUserId },
          {
            label: 'On Whop since',
            Icon: IconUserCheck,
            value: person.whopCreatedAt && <DateDisplay value={person.whopCreatedAt} />,
          },
          { label: 'Job title', Icon: IconBriefcase, value: person.jobTitle },
          { label: 'City', Icon: IconMap, value: person.city },
          {
            label: 'Created',
            Icon: IconCalendar,
            value: <DateDisplay value={person.createdAt} />,
          },
        ]}
      />
    </>
  );
};
