export const AppPath = {
  Index: '/',
  SignIn: '/sign-in',
  People: '/objects/people',
  Opportunities: '/objects/opportunities',
  Settings: '/settings',
} as const;
