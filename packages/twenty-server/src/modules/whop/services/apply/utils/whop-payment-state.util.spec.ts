import {
  hasWhopMembershipPaymentRecovered,
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

describe('hasWhopMembershipPaymentRecovered', () => {
  it('is true when a payment_failed membership’s latest payment went through', () => {
    expect(hasWhopMembershipPaymentRecovered('payment_failed', 'succeeded')).toBe(true);
    expect(hasWhopMembershipPaymentRecovered('payment_failed', 'partially_refunded')).toBe(true);
  });

  it('is false while the latest payment has not gone through, or once the membership was restored', () => {
    expect(hasWhopMembershipPaymentRecovered('payment_failed', 'failed')).toBe(false);
    expect(hasWhopMembershipPaymentRecovered('payment_failed', 'pending')).toBe(false);
    expect(hasWhopMembershipPaymentRecovered('payment_failed', null)).toBe(false);
    expect(hasWhopMembershipPaymentRecovered('active', 'succeeded')).toBe(false);
    expect(hasWhopMembershipPaymentRecovered(null, 'succeeded')).toBe(false);
  });
});
