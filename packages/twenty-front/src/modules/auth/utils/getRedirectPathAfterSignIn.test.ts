import { describe, expect, it } from 'vitest';

import { getRedirectPathAfterSignIn } from '@/auth/utils/getRedirectPathAfterSignIn';

describe('getRedirectPathAfterSignIn', () => {
  it('returns to the page that required sign-in', () => {
    expect(getRedirectPathAfterSignIn({ from: '/objects/opportunities' })).toBe(
      '/objects/opportunities',
    );
  });

  it.each([[null], [undefined], [{}], [{ from: '//evil.example' }], [{ from: '/sign-in' }]])(
    'falls back to People for %j',
    (state) => {
      expect(getRedirectPathAfterSignIn(state)).toBe('/objects/people');
    },
  );
});
