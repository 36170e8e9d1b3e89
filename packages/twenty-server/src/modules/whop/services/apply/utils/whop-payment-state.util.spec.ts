import {
  isWhopPaymentPaid,
  resolveWhopOpportunityMembershipStatus,
} from 'src/modules/whop/services/apply/utils/whop-payment-state.util';

describe('resolveWhopOpportunityMembershipStatus', () => {
  it('is payment_failed while the latest payment failed and the membership lives', () => {
    expect(resolveWhopOpportunityMembershipStatus('active', 'failed')).toBe('payment_failed');
    expect(resolveWhopOpportunityMembershipStatus('past_due', 'failed')).toBe('payment_failed');
  });

  it("is Whop's status once the membership ended or the latest payment did not fail", () => {
    expect(resolveWhopOpportunityMembershipStatus('canceled', 'failed')).toBe('canceled');
    expect(resolveWhopOpportunityMembershipStatus('expired', 'failed')).toBe('expired');
    expect(resolveWhopOpportunityMembershipStatus('past_due', 'succeeded')).toBe('past_due');
    expect(resolveWhopOpportunityMembershipStatus('active', null)).toBe('active');
  });
});

describe('isWhopPaymentPaid', () => {
  it('counts refunded payments as paid, failed and pending ones not', () => {
    expect(isWhopPaymentPaid('succeeded')).toBe(true);
    expect(isWhopPaymentPaid('refunded')).toBe(true);
    expect(isWhopPaymentPaid('failed')).toBe(false);
    expect(isWhopPaymentPaid('pending')).toBe(false);
  });
});
