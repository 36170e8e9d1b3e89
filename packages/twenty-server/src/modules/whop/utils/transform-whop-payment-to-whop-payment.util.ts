import { isDefined } from 'twenty-shared';

import { type WhopPayment } from 'src/modules/whop/types/whop-api.types';
import { type WhopPaymentColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { normalizeWhopCurrencyCode } from 'src/modules/whop/utils/normalize-whop-currency-code.util';
import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';
import { parseWhopMoney } from 'src/modules/whop/utils/parse-whop-money.util';
import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';
import { parseWhopRelatedId } from 'src/modules/whop/utils/parse-whop-related-id.util';

// A Whop payment → whopPayment columns. The amount is the total, else the subtotal; amounts are
// exact amountMicros in the payment's currency (a Money object's own currency wins).
export const transformWhopPaymentToWhopPayment = (payment: WhopPayment): WhopPaymentColumns => {
  const amount =
    parseWhopMoney(payment.total, payment.currency) ??
    parseWhopMoney(payment.subtotal, payment.currency);
  const refundedAmount = parseWhopMoney(payment.refunded_amount, payment.currency);
  const paymentCurrencyCode = normalizeWhopCurrencyCode(payment.currency);

  return {
    whopId: payment.id,
    amountAmountMicros: amount?.amountMicros ?? null,
    amountCurrencyCode: amount?.currencyCode ?? paymentCurrencyCode,
    status: payment.status ?? null,
    substatus: payment.substatus ?? null,
    billingReason: payment.billing_reason ?? null,
    paidAt: parseWhopDate(payment.paid_at),
    refundedAmountAmountMicros: refundedAmount?.amountMicros ?? null,
    refundedAmountCurrencyCode: isDefined(refundedAmount)
      ? (refundedAmount.currencyCode ?? paymentCurrencyCode)
      : null,
    refundedAt: parseWhopDate(payment.refunded_at),
    failureMessage: parseWhopOptionalText(payment.failure_message),
    lastPaymentAttemptAt: parseWhopDate(payment.last_payment_attempt),
    nextPaymentAttemptAt: parseWhopDate(payment.next_payment_attempt),
    whopUserId: parseWhopRelatedId(payment, 'user'),
    whopMembershipId: parseWhopRelatedId(payment, 'membership'),
    whopProductWhopId: parseWhopRelatedId(payment, 'product'),
    whopPlanId: parseWhopRelatedId(payment, 'plan'),
    whopCreatedAt: parseWhopDate(payment.created_at),
    whopUpdatedAt: parseWhopDate(payment.updated_at),
  };
};
