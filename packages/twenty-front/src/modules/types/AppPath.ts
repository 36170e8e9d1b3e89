export const AppPath = {
  Index: '/',
  SignIn: '/sign-in',
  People: '/objects/people',
  Opportunities: '/objects/opportunities',
  WhopProducts: '/objects/whopProducts',
  WhopPayments: '/objects/whopPayments',
  PersonShowPage: '/object/person/:recordId',
  OpportunityShowPage: '/object/opportunity/:recordId',
  Settings: '/settings',
} as const;
