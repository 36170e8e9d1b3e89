import { isDefined } from 'twenty-shared';

import { WHOP_ACTIVE_MEMBERSHIP_STATUSES } from 'src/modules/whop/constants/whop-active-membership-statuses.constant';
import {
  type WhopApiMembershipStatus,
  type WhopMembershipStatus,
} from 'src/modules/whop/constants/whop-membership-statuses.constant';
import { type WhopPaymentClassification } from 'src/modules/whop/utils/classify-whop-payment.util';

const PAID_CLASSIFICATIONS: ReadonlyArray<WhopPaymentClassification> = [
  'succeeded',
  'partially_refunded',
  'refunded',
];

// A payment that went through (a refund later does not undo that the customer paid).
export const isWhopPaymentPaid = (classification: WhopPaymentClassification): boolean =>
  PAID_CLASSIFICATIONS.includes(classification);

// The opportunity's `whopMembershipStatus`: Whop's status, except `payment_failed` while the
// customer holds the membership (WHOP_ACTIVE_MEMBERSHIP_STATUSES: not one that ended, nor a checkout
// never completed, drafted or unresolved) and its latest payment (by creation) failed, or came after
// a failure without going through yet (pending, say): only a payment that goes through ends the
// follow-up.
export const resolveWhopOpportunityMembershipStatus = (
  whopStatus: WhopApiMembershipStatus,
  latestPaymentClassification: WhopPaymentClassification | null,
  storedStatus: WhopMembershipStatus | null,
): WhopMembershipStatus => {
  if (!WHOP_ACTIVE_MEMBERSHIP_STATUSES.includes(whopStatus)) {
    return whopStatus;
  }

  const stillUnpaid =
    storedStatus === 'payment_failed' &&
    isDefined(latestPaymentClassification) &&
    !isWhopPaymentPaid(latestPaymentClassification);

  return latestPaymentClassification === 'failed' || stillUnpaid ? 'payment_failed' : whopStatus;
};

// Whether a membership whose renewal failed has recovered: its latest payment went through while
// it is shown `payment_failed`, or while Whop brings it back from an end (expired, canceled…) to a
// status the customer holds. Whichever write moves the opportunity this way (the membership step or
// the payment state) closes the follow-up task: once, so a task the seller reopens afterwards stays
// open.
export const hasWhopMembershipPaymentRecovered = (
  storedStatus: WhopMembershipStatus | null,
  whopStatus: WhopApiMembershipStatus | null,
  latestPaymentClassification: WhopPaymentClassification | null,
): boolean => {
  if (!isDefined(latestPaymentClassification) || !isWhopPaymentPaid(latestPaymentClassification)) {
    return false;
  }

  const heldAgain =
    isDefined(storedStatus) &&
    isDefined(whopStatus) &&
    !WHOP_ACTIVE_MEMBERSHIP_STATUSES.includes(storedStatus) &&
    WHOP_ACTIVE_MEMBERSHIP_STATUSES.includes(whopStatus);

  return storedStatus === 'payment_failed' || heldAgain;
};
