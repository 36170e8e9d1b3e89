import type { WhopSyncStep } from 'twenty-shared';

// Per step: its title, what the sync does while it runs, and what it waits to retry between two
// attempts.
export const WHOP_SYNC_STEP_LABELS: Record<
  WhopSyncStep,
  { title: string; running: string; retried: string }
> = {
  company: { title: 'Company', running: 'Importing company', retried: 'the company' },
  products: { title: 'Products', running: 'Importing products', retried: 'products' },
  plans: { title: 'Plans', running: 'Importing plans', retried: 'plans' },
  members: { title: 'Members', running: 'Importing members', retried: 'members' },
  memberships: { title: 'Memberships', running: 'Importing memberships', retried: 'memberships' },
  payments: { title: 'Payments', running: 'Importing payments', retried: 'payments' },
  totals: {
    title: 'Totals',
    running: 'Computing payment states and lifetime values',
    retried: 'payment states and lifetime values',
  },
};
