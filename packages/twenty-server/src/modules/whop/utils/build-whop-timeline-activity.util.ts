import { isDefined } from 'twenty-shared';

import { type WhopMembership, type WhopPayment } from 'src/modules/whop/types/whop-api.types';
import { type WhopMembershipTimelineEvent } from 'src/modules/whop/utils/list-whop-membership-timeline-events.util';
import { type WhopPaymentTimelineEvent } from 'src/modules/whop/utils/list-whop-payment-timeline-events.util';
import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';
import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';
import { parseWhopRelatedId } from 'src/modules/whop/utils/parse-whop-related-id.util';
import { type WhopPaymentColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { transformWhopPaymentToWhopPayment } from 'src/modules/whop/utils/transform-whop-payment-to-whop-payment.util';

export type WhopTimelineActivityName =
  `whop.membership.${WhopMembershipTimelineEvent}` | `whop.payment.${WhopPaymentTimelineEvent}`;

export type WhopTimelineActivityProperties = Record<string, string | boolean | null>;

// A timeline activity row without its targets (the caller links it to the person and the
// opportunity). `dedupeKey` is derived from Whop ids and timestamps only, so a re-sync or a
// redelivered webhook yields the same key and never a second row.
export type WhopTimelineActivityRow = {
  name: WhopTimelineActivityName;
  happensAt: Date;
  properties: WhopTimelineActivityProperties;
  linkedRecordCachedName: string;
  dedupeKey: string;
};

const buildDedupeKey = (
  name: WhopTimelineActivityName,
  resourceId: string,
  occurrence: Date | null,
): string =>
  [
    name.replace(/^whop\./, 'whop:'),
    resourceId,
    ...(isDefined(occurrence) ? [occurrence.toISOString()] : []),
  ].join(':');

const firstDate = (...values: (string | null | undefined)[]): Date | null =>
  values.map(parseWhopDate).find(isDefined) ?? null;

// activated: once per membership, at its creation (its joined_at is when the user first joined the
// company, the same for each of their memberships); canceled: at canceled_at, one per
// cancellation (the key carries canceled_at); expired: at renewal_period_end (else the last
// update), one per period that ran out (the key carries renewal_period_end, so a membership Whop
// brings back and that expires again has a second one). Null when Whop gives no usable timestamp.
export const buildWhopMembershipTimelineActivity = ({
  event,
  membership,
  linkedRecordCachedName,
}: {
  event: WhopMembershipTimelineEvent;
  membership: WhopMembership;
  linkedRecordCachedName: string;
}): WhopTimelineActivityRow | null => {
  const name: WhopTimelineActivityName = `whop.membership.${event}`;
  const canceledAt = parseWhopDate(membership.canceled_at);
  const renewalPeriodEnd = parseWhopDate(membership.renewal_period_end);
  const happensAt = {
    activated: parseWhopDate(membership.created_at),
    canceled: canceledAt ?? parseWhopDate(membership.updated_at),
    expired: firstDate(
      membership.renewal_period_end,
      membership.canceled_at,
      membership.updated_at,
    ),
  }[event];

  if (!isDefined(happensAt)) {
    return null;
  }

  return {
    name,
    happensAt,
    properties: {
      whopMembershipId: membership.id,
      status: membership.status,
      whopPlanId: parseWhopRelatedId(membership, 'plan'),
      whopProductWhopId: parseWhopRelatedId(membership, 'product'),
      cancelAtPeriodEnd: membership.cancel_at_period_end === true,
      cancellationReason: parseWhopOptionalText(membership.cancellation_reason),
    },
    linkedRecordCachedName,
    dedupeKey: buildDedupeKey(
      name,
      membership.id,
      { activated: null, canceled: canceledAt, expired: renewalPeriodEnd }[event],
    ),
  };
};

// succeeded: once per payment, at paid_at (else created_at); failed: at last_payment_attempt, one per
// attempt (the key carries it); refunded: at refunded_at, one per refund (the key carries it).
// Null when Whop gives no usable timestamp.
export const buildWhopPaymentTimelineActivity = ({
  event,
  payment,
  linkedRecordCachedName,
  columns = transformWhopPaymentToWhopPayment(payment),
}: {
  event: WhopPaymentTimelineEvent;
  payment: WhopPayment;
  linkedRecordCachedName: string;
  // The payment's mapped columns, when the caller has them already.
  columns?: WhopPaymentColumns;
}): WhopTimelineActivityRow | null => {
  const name: WhopTimelineActivityName = `whop.payment.${event}`;
  const occurrence = {
    succeeded: null,
    failed: parseWhopDate(payment.last_payment_attempt),
    refunded: columns.refundedAt,
  }[event];
  const happensAt =
    occurrence ??
    {
      succeeded: columns.paidAt ?? columns.whopCreatedAt,
      failed: columns.whopUpdatedAt ?? columns.whopCreatedAt,
      refunded: columns.whopUpdatedAt,
    }[event];

  if (!isDefined(happensAt)) {
    return null;
  }

  return {
    name,
    happensAt,
    properties: {
      whopPaymentId: payment.id,
      amountMicros: columns.amountAmountMicros,
      currencyCode: columns.amountCurrencyCode,
      refundedAmountMicros: columns.refundedAmountAmountMicros,
      status: columns.status,
      substatus: columns.substatus,
      billingReason: columns.billingReason,
      failureMessage: columns.failureMessage,
      whopMembershipId: columns.whopMembershipId,
    },
    linkedRecordCachedName,
    dedupeKey: buildDedupeKey(name, payment.id, occurrence),
  };
};
