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
  createdAt: string;
};
