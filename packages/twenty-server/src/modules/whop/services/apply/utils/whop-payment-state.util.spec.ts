import {
  hasWhopMembershipPaymentRecovered,
  isWhopPaymentPaid,
  resolveWhopOpportunityMembershipStatus,
} from 'src/modules/whop/services/apply/utils/whop-payment-state.util';

describe('resolveWhopOpportunityMembershipStatus', () => {
  it('is payment_failed while the latest payment failed and the membership lives', () => {
    expect(resolveWhopOpportunityMembershipStatus('active', 'failed', null)).toBe('payment_failed');
    expect(resolveWhopOpportunityMembershipStatus('past_due', 'failed', 'active')).toBe(
      'payment_failed',
    );
  });

  it('stays payment_failed until a later payment goes through, not when one is only pending', () => {
    expect(resolveWhopOpportunityMembershipStatus('active', 'pending', 'payment_failed')).toBe(
      'payment_failed',
    );
    expect(resolveWhopOpportunityMembershipStatus('active', 'other', 'payment_failed')).toBe(
      'payment_failed',
    );
    expect(resolveWhopOpportunityMembershipStatus('active', 'succeeded', 'payment_failed')).toBe(
      'active',
    );
    expect(resolveWhopOpportunityMembershipStatus('active', 'pending', 'active')).toBe('active');
  });

  it("is Whop's status once the membership ended or the latest payment did not fail", () => {
    expect(resolveWhopOpportunityMembershipStatus('canceled', 'failed', null)).toBe('canceled');
    expect(resolveWhopOpportunityMembershipStatus('completed', 'failed', null)).toBe('completed');
    expect(resolveWhopOpportunityMembershipStatus('expired', 'pending', 'payment_failed')).toBe(
      'expired',
    );
    expect(resolveWhopOpportunityMembershipStatus('past_due', 'succeeded', null)).toBe('past_due');
    expect(resolveWhopOpportunityMembershipStatus('active', null, 'payment_failed')).toBe('active');
  });

  it("is Whop's status for a checkout never completed, whose payment failed", () => {
    expect(resolveWhopOpportunityMembershipStatus('drafted', 'failed', null)).toBe('drafted');
    expect(resolveWhopOpportunityMembershipStatus('unresolved', 'failed', null)).toBe('unresolved');
  });

  it('is payment_failed for a trial or a membership set to cancel whose payment failed', () => {
    expect(resolveWhopOpportunityMembershipStatus('trialing', 'failed', null)).toBe(
      'payment_failed',
    );
    expect(resolveWhopOpportunityMembershipStatus('canceling', 'failed', null)).toBe(
      'payment_failed',
    );
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
    expect(hasWhopMembershipPaymentRecovered('payment_failed', 'active', 'succeeded')).toBe(true);
    expect(hasWhopMembershipPaymentRecovered('payment_failed', null, 'partially_refunded')).toBe(
      true,
    );
    expect(hasWhopMembershipPaymentRecovered('payment_failed', 'expired', 'succeeded')).toBe(true);
  });

  it('is true when Whop brings back a membership that had ended, and its latest payment is paid', () => {
    expect(hasWhopMembershipPaymentRecovered('expired', 'active', 'succeeded')).toBe(true);
    expect(hasWhopMembershipPaymentRecovered('canceled', 'past_due', 'succeeded')).toBe(true);
  });

  it('is false while the latest payment has not gone through, or once the membership was restored', () => {
    expect(hasWhopMembershipPaymentRecovered('payment_failed', 'active', 'failed')).toBe(false);
    expect(hasWhopMembershipPaymentRecovered('payment_failed', 'active', 'pending')).toBe(false);
    expect(hasWhopMembershipPaymentRecovered('payment_failed', 'active', null)).toBe(false);
    expect(hasWhopMembershipPaymentRecovered('active', 'active', 'succeeded')).toBe(false);
    expect(hasWhopMembershipPaymentRecovered(null, 'active', 'succeeded')).toBe(false);
    expect(hasWhopMembershipPaymentRecovered('expired', 'active', 'failed')).toBe(false);
    expect(hasWhopMembershipPaymentRecovered('expired', 'expired', 'succeeded')).toBe(false);
    expect(hasWhopMembershipPaymentRecovered('expired', null, 'succeeded')).toBe(false);
  });
});
