import { compileRoutePattern, matchesRoute } from './route-pattern.util';

describe('route patterns', () => {
  it('matches a method and a glob', () => {
    const pattern = compileRoutePattern('GET /api/v1/memberships*');
    expect(matchesRoute(pattern, 'GET', '/api/v1/memberships')).toBe(true);
    expect(matchesRoute(pattern, 'get', '/api/v1/memberships/mem_1')).toBe(true);
    expect(matchesRoute(pattern, 'POST', '/api/v1/memberships')).toBe(false);
    expect(matchesRoute(pattern, 'GET', '/api/v1/payments')).toBe(false);
  });

  it('matches any method without one', () => {
    const pattern = compileRoutePattern('/oauth/token');
    expect(matchesRoute(pattern, 'POST', '/oauth/token')).toBe(true);
    expect(matchesRoute(pattern, 'POST', '/oauth/tokens')).toBe(false);
  });

  it('treats regex characters literally', () => {
    const pattern = compileRoutePattern('/api/v1/users/me.json');
    expect(matchesRoute(pattern, 'GET', '/api/v1/users/meXjson')).toBe(false);
  });
});
