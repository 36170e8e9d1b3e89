import { parseWhopRelatedId } from 'src/modules/whop/utils/parse-whop-related-id.util';

describe('parseWhopRelatedId', () => {
  it('reads a nested id', () => {
    expect(parseWhopRelatedId({ user: { id: 'user_1' } }, 'user')).toBe('user_1');
  });

  it('reads a flat id', () => {
    expect(parseWhopRelatedId({ user_id: 'user_2' }, 'user')).toBe('user_2');
  });

  it('prefers the nested id', () => {
    expect(parseWhopRelatedId({ plan: { id: 'plan_1' }, plan_id: 'plan_2' }, 'plan')).toBe(
      'plan_1',
    );
  });

  it('falls back to the flat id when the nested object is null', () => {
    expect(parseWhopRelatedId({ membership: null, membership_id: 'mem_9' }, 'membership')).toBe(
      'mem_9',
    );
  });

  it.each([
    [{ company: { id: 'biz_1' } }, 'biz_1'],
    [{ company_id: 'biz_2' }, 'biz_2'],
    [{ account: { id: 'biz_3' } }, 'biz_3'],
    [{ account_id: 'biz_4' }, 'biz_4'],
    [{ company: null, account_id: 'biz_5' }, 'biz_5'],
  ])('reads the company from %p', (source, expected) => {
    expect(parseWhopRelatedId(source, 'company')).toBe(expected);
  });

  it('does not read the account for other relations', () => {
    expect(parseWhopRelatedId({ account_id: 'biz_1' }, 'product')).toBeNull();
  });

  it('treats blank ids as missing', () => {
    expect(parseWhopRelatedId({ product: { id: ' ' }, product_id: 'prod_7' }, 'product')).toBe(
      'prod_7',
    );
  });

  it('trims ids', () => {
    expect(parseWhopRelatedId({ member_id: ' mber_1 ' }, 'member')).toBe('mber_1');
  });

  it('returns null when the relation is missing', () => {
    expect(parseWhopRelatedId({ user: null }, 'user')).toBeNull();
  });
});
