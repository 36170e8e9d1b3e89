import { readArray, readEnumArray, readTimestamp } from './query-params.util';
import { WhopApiError } from './whop-api-error';

describe('query params', () => {
  it('reads arrays in every format clients send', () => {
    expect(readArray({ 'statuses[]': ['active', 'trialing'] }, 'statuses')).toEqual([
      'active',
      'trialing',
    ]);
    expect(readArray({ 'statuses[]': 'active' }, 'statuses')).toEqual(['active']);
    expect(readArray({ 'statuses[0]': 'active', 'statuses[1]': 'expired' }, 'statuses')).toEqual([
      'active',
      'expired',
    ]);
    expect(readArray({ statuses: 'active' }, 'statuses')).toEqual(['active']);
    expect(readArray({ other: 'x' }, 'statuses')).toBeUndefined();
    expect(readArray({ 'statuses_x[]': 'x' }, 'statuses')).toBeUndefined();
  });

  it('rejects values outside an enum with 422', () => {
    expect(() =>
      readEnumArray({ 'statuses[]': ['active', 'bogus'] }, 'statuses', ['active']),
    ).toThrow(WhopApiError);
  });

  it('reads ISO dates and unix seconds', () => {
    expect(readTimestamp({ created_after: '2026-01-02T03:04:05.000Z' }, 'created_after')).toBe(
      Date.UTC(2026, 0, 2, 3, 4, 5),
    );
    expect(readTimestamp({ created_after: '1700000000' }, 'created_after')).toBe(1_700_000_000_000);
    expect(() => readTimestamp({ created_after: 'yesterday' }, 'created_after')).toThrow(
      WhopApiError,
    );
  });
});
