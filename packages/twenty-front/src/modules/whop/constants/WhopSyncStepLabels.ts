import type { WhopSyncStep } from 'twenty-shared';

export const WHOP_SYNC_STEP_LABELS: Record<WhopSyncStep, { title: string; running: string }> = {
  company: { title: 'Company', running: 'Importing company' },
  products: { title: 'Products', running: 'Importing products' },
  plans: { title: 'Plans', running: 'Importing plans' },
  members: { title: 'Members', running: 'Importing members' },
  memberships: { title: 'Memberships', running: 'Importing memberships' },
  payments: { title: 'Payments', running: 'Importing payments' },
  totals: { title: 'Totals', running: 'Computing payment states and lifetime values' },
};
