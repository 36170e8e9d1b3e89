import { describe, expect, it } from 'vitest';

import { getRedirectPathAfterSignIn } from '@/auth/utils/getRedirectPathAfterSignIn';

describe('getRedirectPathAfterSignIn', () => {
  it('returns to the page that required sign-in', () => {
    expect(getRedirectPathAfterSignIn({ from: '/objects/opportunities' })).toBe(
      '/objects/opportunities',
    );
  });

  it('keeps its query, such as the result of Connect Whop', () => {
    expect(
      getRedirectPathAfterSignIn({ from: '/settings/integrations/whop?error=OAUTH_OTHER_BROWSER' }),
    ).toBe('/settings/integrations/whop?error=OAUTH_OTHER_BROWSER');
  });

  it.each([
    [null],
    [undefined],
    [{}],
    [{ from: '//evil.example' }],
    [{ from: '/sign-in' }],
    [{ from: '/sign-in?next=1' }],
  ])('falls back to People for %j', (state) => {
    expect(getRedirectPathAfterSignIn(state)).toBe('/objects/people');
  });
});
