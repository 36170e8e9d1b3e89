// An OAuth client registered with the sandbox. Without `clientSecret` the client is public
// (token endpoint auth method `none`, PKCE only). `permissions` are what the app may be granted;
// they default to every permission the sandbox knows.
export type SandboxApp = {
  clientId: string;
  clientSecret?: string;
  name: string;
  redirectUris: string[];
  permissions?: string[];
};
