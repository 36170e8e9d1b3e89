export type Opportunity = {
  id: string;
  name: string;
  amount: {
    amountMicros: string | null;
    currencyCode: string | null;
  };
  stage: string;
  closeDate: string | null;
  createdAt: string;
};
