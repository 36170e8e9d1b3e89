import { PERMISSIONS } from '../constants/permissions.constant';
import { OAuthError } from './oauth-error';
import { resolveScopes } from './resolve-scopes.util';

const app = { clientId: 'app_1', name: 'App', redirectUris: [] };

describe('resolveScopes', () => {
  it('grants every app permission when only OpenID scopes are asked for', () => {
    expect(resolveScopes('openid email', app)).toEqual({
      scopes: ['openid', 'email', ...PERMISSIONS],
      permissions: [...PERMISSIONS],
    });
  });

  it('defaults to openid profile email', () => {
    expect(resolveScopes(undefined, app).scopes.slice(0, 3)).toEqual([
      'openid',
      'profile',
      'email',
    ]);
  });

  it('grants exactly the named permissions', () => {
    expect(resolveScopes('openid member:basic:read', app)).toEqual({
      scopes: ['openid', 'member:basic:read'],
      permissions: ['member:basic:read'],
    });
  });

  it('rejects unknown scopes and permissions the app may not have', () => {
    expect(() => resolveScopes('openid admin:everything', app)).toThrow(OAuthError);
    const narrowApp = { ...app, permissions: ['member:basic:read'] };
    expect(() => resolveScopes('developer:manage_webhook', narrowApp)).toThrow(/may not request/);
  });
});
