import { buildWhopPaymentFollowUpKey } from 'src/modules/whop/services/apply/utils/build-whop-payment-follow-up-key.util';

describe('buildWhopPaymentFollowUpKey', () => {
  it('is one key per membership, whatever payment failed', () => {
    expect(buildWhopPaymentFollowUpKey('mem_1')).toBe('whop:payment-failed:mem_1');
  });
});
