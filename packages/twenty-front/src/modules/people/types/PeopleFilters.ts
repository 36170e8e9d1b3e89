import type { PEOPLE_WHOP_STATUS_FILTER_OPTIONS } from '@/people/constants/PeopleWhopStatusFilterOptions';

export type PeopleWhopStatusFilter = keyof typeof PEOPLE_WHOP_STATUS_FILTER_OPTIONS;

// What the People filter bar holds, as typed: amounts and text are parsed when the query is built.
export type PeopleFilters = {
  whopStatus: PeopleWhopStatusFilter;
  minLifetimeValue: string;
  // Words each found in the name, the email or the Whop username.
  search: string;
};
