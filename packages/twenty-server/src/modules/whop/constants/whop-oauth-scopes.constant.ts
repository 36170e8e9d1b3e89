// What "Connect Whop" asks for: identity, then the permissions a CRM sync needs (Whop's OAuth
// permissions, as docs.whop.com names them).
export const WHOP_OAUTH_SCOPES = [
  'openid',
  'profile',
  'email',
  'company:basic:read',
  'member:basic:read',
  'member:email:read',
  'member:phone:read',
  'access_pass:basic:read',
  'plan:basic:read',
  'payment:basic:read',
  'promo_code:basic:read',
  'developer:manage_webhook',
] as const;
