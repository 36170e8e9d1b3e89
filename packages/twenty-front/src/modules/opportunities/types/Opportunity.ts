import type { CurrencyAmount } from '@/ui/field/display/types/CurrencyAmount';

export type Opportunity = {
  id: string;
  name: string;
  amount: CurrencyAmount;
  stage: string;
  closeDate: string | null;
  pointOfContactId: string | null;
  whopMembershipId: string | null;
  whopMembershipStatus: string | null;
  whopProductId: string | null;
  whopPlanId: string | null;
  whopRenewalDate: string | null;
  whopLastPaymentDate: string | null;
  whopCancelAtPeriodEnd: boolean | null;
  whopMrr: CurrencyAmount;
  createdAt: string;
};
