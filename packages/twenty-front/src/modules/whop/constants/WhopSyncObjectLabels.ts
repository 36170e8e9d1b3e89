// The objects a sync writes, as the sync log counts them.
export const WHOP_SYNC_OBJECT_LABELS: Record<string, string> = {
  whopProduct: 'Products',
  person: 'People',
  opportunity: 'Memberships (opportunities)',
  whopPayment: 'Payments',
};
