import { describe, expect, it } from 'vitest';

import { formatPhone } from '@/ui/field/display/utils/formatPhone';

describe('formatPhone', () => {
  it('prefixes a calling code', () => {
    expect(
      formatPhone({
        primaryPhoneNumber: '415 555 0100',
        primaryPhoneCountryCode: '+1',
      }),
    ).toBe('+1 415 555 0100');
  });

  it('keeps a number that is already international', () => {
    expect(
      formatPhone({
        primaryPhoneNumber: '+33 6 12 34 56 78',
        primaryPhoneCountryCode: '+33',
      }),
    ).toBe('+33 6 12 34 56 78');
  });

  it('ignores an ISO country code', () => {
    expect(
      formatPhone({
        primaryPhoneNumber: '0612345678',
        primaryPhoneCountryCode: 'FR',
      }),
    ).toBe('0612345678');
  });

  it('returns an empty string without a number', () => {
    expect(formatPhone({ primaryPhoneNumber: null, primaryPhoneCountryCode: '+1' })).toBe('');
  });
});
