// Whop permissions (OAuth scopes / API key permissions) the sandbox enforces, as listed in the
// doc comments of @whop/sdk 0.0.42.
export const PERMISSIONS = [
  'company:basic:read',
  'member:basic:read',
  'member:email:read',
  'member:phone:read',
  'member:manage',
  'membership:cancel',
  'payment:basic:read',
  'plan:basic:read',
  'access_pass:basic:read',
  'promo_code:basic:read',
  'developer:manage_webhook',
] as const;

// OpenID Connect scopes that may accompany permissions in an authorize request.
export const OIDC_SCOPES = ['openid', 'profile', 'email'] as const;

// Permissions whose absence hides data (fields come back null) instead of failing the call.
export const SOFT_PERMISSIONS = {
  email: 'member:email:read',
  phone: 'member:phone:read',
} as const;

// Hard requirements per operation; a credential missing one gets 403 naming it.
export const REQUIRED_PERMISSIONS = {
  companies: ['company:basic:read'],
  users: [],
  members: ['member:basic:read'],
  products: ['access_pass:basic:read'],
  plans: ['plan:basic:read'],
  memberships: ['member:basic:read'],
  payments: [
    'payment:basic:read',
    'plan:basic:read',
    'access_pass:basic:read',
    'member:basic:read',
    'promo_code:basic:read',
  ],
  webhooks: ['developer:manage_webhook'],
} as const satisfies Record<string, readonly (typeof PERMISSIONS)[number][]>;

export const PERMISSION_DESCRIPTIONS: Record<string, string> = {
  openid: 'Confirm your Whop identity',
  profile: 'Read your name, username and profile picture',
  email: 'Read your email address',
  'company:basic:read': 'Read your company profile',
  'member:basic:read': 'Read your customers and their memberships',
  'member:email:read': "Read your customers' email addresses",
  'member:phone:read': "Read your customers' phone numbers",
  'member:manage': 'Manage your customers',
  'membership:cancel': 'Cancel memberships',
  'payment:basic:read': 'Read payments and refunds',
  'plan:basic:read': 'Read your plans and prices',
  'access_pass:basic:read': 'Read your products',
  'promo_code:basic:read': 'Read promo codes',
  'developer:manage_webhook': 'Register webhooks for your company',
};
