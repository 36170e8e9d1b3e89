// Who is calling /api/v1: an OAuth access token (a user acting for one company) or a company API key.
export type Credential = {
  kind: 'oauth_access_token' | 'company_api_key';
  // Stable identity for rate limiting: the OAuth grant or the API key.
  id: string;
  companyId: string;
  // `GET /users/me`: the token's user; an API key answers as the company owner.
  userId: string;
  permissions: ReadonlySet<string>;
};
