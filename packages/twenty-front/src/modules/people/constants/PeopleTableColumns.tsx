import {
  IconAt,
  IconBriefcase,
  IconCalendar,
  IconCoins,
  IconMail,
  IconMap,
  IconPhone,
  IconTicket,
  IconUser,
} from '@tabler/icons-react';

import { RecordShowPageLink } from '@/object-record/components/RecordShowPageLink';
import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';
import { getRecordShowPagePath } from '@/object-record/utils/getRecordShowPagePath';
import { PersonNameDisplay } from '@/people/components/PersonNameDisplay';
import type { Person } from '@/people/types/Person';
import { CurrencyAmountsDisplay } from '@/ui/field/display/components/CurrencyAmountsDisplay';
import { DateDisplay } from '@/ui/field/display/components/DateDisplay';
import { EmailDisplay } from '@/ui/field/display/components/EmailDisplay';
import { NumberDisplay } from '@/ui/field/display/components/NumberDisplay';
import { PhoneDisplay } from '@/ui/field/display/components/PhoneDisplay';
import { TextDisplay } from '@/ui/field/display/components/TextDisplay';

export const PEOPLE_TABLE_COLUMNS: RecordTableColumnDefinition<Person>[] = [
  {
    key: 'name',
    label: 'Name',
    Icon: IconUser,
    width: 200,
    renderCell: (person) => (
      <RecordShowPageLink to={getRecordShowPagePath('person', person.id)}>
        <PersonNameDisplay person={person} />
      </RecordShowPageLink>
    ),
  },
  {
    key: 'email',
    label: 'Email',
    Icon: IconMail,
    width: 220,
    renderCell: (person) => <EmailDisplay email={person.emails.primaryEmail} />,
  },
  {
    key: 'whopUsername',
    label: 'Whop username',
    Icon: IconAt,
    width: 160,
    renderCell: (person) => <TextDisplay text={person.whopUsername} />,
  },
  {
    key: 'whopLifetimeValue',
    label: 'Lifetime value',
    Icon: IconCoins,
    width: 140,
    align: 'right',
    renderCell: (person) => <CurrencyAmountsDisplay amounts={person.whopLifetimeValues} />,
  },
  {
    key: 'whopActiveMemberships',
    label: 'Active memberships',
    Icon: IconTicket,
    width: 170,
    align: 'right',
    renderCell: (person) => <NumberDisplay value={person.whopActiveMemberships} />,
  },
  {
    key: 'phone',
    label: 'Phone',
    Icon: IconPhone,
    width: 150,
    renderCell: (person) => <PhoneDisplay phone={person.phones} />,
  },
  {
    key: 'jobTitle',
    label: 'Job title',
    Icon: IconBriefcase,
    width: 160,
    renderCell: (person) => <TextDisplay text={person.jobTitle} />,
  },
  {
    key: 'city',
    label: 'City',
    Icon: IconMap,
    width: 140,
    renderCell: (person) => <TextDisplay text={person.city} />,
  },
  {
    key: 'createdAt',
    label: 'Created',
    Icon: IconCalendar,
    width: 130,
    renderCell: (person) => <DateDisplay value={person.createdAt} />,
  },
];
