import type { PersonFilter } from '@/people/types/PersonFilter';

export const PEOPLE_WHOP_STATUS_FILTER_OPTIONS = {
  all: { label: 'Any Whop status', filter: {} },
  whopCustomers: {
    label: 'Whop customers',
    filter: { whopUserId: { is: 'NOT_NULL' } },
  },
  activeMembers: {
    label: 'Active members',
    filter: { whopActiveMemberships: { gte: 1 } },
  },
  noActiveMembership: {
    label: 'No active membership',
    filter: {
      whopUserId: { is: 'NOT_NULL' },
      whopActiveMemberships: { lt: 1 },
    },
  },
  notFromWhop: {
    label: 'Not from Whop',
    filter: { whopUserId: { is: 'NULL' } },
  },
} as const satisfies Record<string, { label: string; filter: PersonFilter }>;
