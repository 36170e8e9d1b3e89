import type { CurrencyAmount } from '@/ui/field/display/types/CurrencyAmount';

export type Person = {
  id: string;
  name: {
    firstName: string;
    lastName: string;
  };
  emails: {
    primaryEmail: string | null;
  };
  phones: {
    primaryPhoneNumber: string | null;
    primaryPhoneCountryCode: string | null;
  };
  jobTitle: string | null;
  city: string | null;
  avatarUrl: string | null;
  whopUserId: string | null;
  whopUsername: string | null;
  whopProfilePicUrl: string | null;
  whopCreatedAt: string | null;
  whopLifetimeValue: CurrencyAmount;
  // Every currency the customer paid in, net of refunds: `whopLifetimeValue`'s first.
  whopLifetimeValues: CurrencyAmount[];
  whopActiveMemberships: number | null;
  createdAt: string;
};
