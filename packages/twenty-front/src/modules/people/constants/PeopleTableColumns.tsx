import {
  IconBriefcase,
  IconCalendar,
  IconMail,
  IconMap,
  IconPhone,
  IconUser,
} from '@tabler/icons-react';

import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';
import { PersonNameDisplay } from '@/people/components/PersonNameDisplay';
import type { Person } from '@/people/types/Person';
import { DateDisplay } from '@/ui/field/display/components/DateDisplay';
import { EmailDisplay } from '@/ui/field/display/components/EmailDisplay';
import { PhoneDisplay } from '@/ui/field/display/components/PhoneDisplay';
import { TextDisplay } from '@/ui/field/display/components/TextDisplay';

export const PEOPLE_TABLE_COLUMNS: RecordTableColumnDefinition<Person>[] = [
  {
    key: 'name',
    label: 'Name',
    Icon: IconUser,
    width: 200,
    renderCell: (person) => <PersonNameDisplay person={person} />,
  },
  {
    key: 'email',
    label: 'Email',
    Icon: IconMail,
    width: 220,
    renderCell: (person) => <EmailDisplay email={person.emails.primaryEmail} />,
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
