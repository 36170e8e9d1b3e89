import {
  IconCircleX,
  IconClockOff,
  IconCreditCard,
  IconCreditCardOff,
  IconPlayerPlay,
  IconReceiptRefund,
} from '@tabler/icons-react';

import type { TimelineActivity } from '@/activities/timeline-activities/types/TimelineActivity';
import type { TimelineActivityDisplay } from '@/activities/timeline-activities/types/TimelineActivityDisplay';
import { readTimelineActivityProperty } from '@/activities/timeline-activities/utils/readTimelineActivityProperty';
import { formatAmountMicros } from '@/ui/field/display/utils/formatAmountMicros';

const formatActivityAmount = (
  activity: TimelineActivity,
  amountKey: 'amountMicros' | 'refundedAmountMicros',
): string | null =>
  formatAmountMicros({
    amountMicros: readTimelineActivityProperty(activity, amountKey),
    currencyCode: readTimelineActivityProperty(activity, 'currencyCode'),
  }) || null;

// How a Whop event written by the sync reads on a person's or an opportunity's timeline; null
// for activities that are not Whop events.
export const getWhopTimelineActivityDisplay = (
  activity: TimelineActivity,
): TimelineActivityDisplay | null => {
  const subject = activity.linkedRecordCachedName ?? 'a Whop membership';

  switch (activity.name) {
    case 'whop.membership.activated':
      return {
        Icon: IconPlayerPlay,
        color: 'green',
        sentence: `Membership started: ${subject}`,
        detail: null,
        amount: null,
      };
    case 'whop.membership.canceled': {
      const reason = readTimelineActivityProperty(activity, 'cancellationReason');
      const endsAtPeriodEnd = activity.properties?.cancelAtPeriodEnd === true;

      return {
        Icon: IconCircleX,
        color: 'gray',
        sentence: `Membership canceled: ${subject}`,
        detail:
          [
            endsAtPeriodEnd ? 'Access continues until the end of the paid period.' : null,
            reason !== null ? `Reason: ${reason}` : null,
          ]
            .filter((part) => part !== null)
            .join(' ') || null,
        amount: null,
      };
    }
    case 'whop.membership.expired':
      return {
        Icon: IconClockOff,
        color: 'gray',
        sentence: `Membership expired: ${subject}`,
        detail: null,
        amount: null,
      };
    case 'whop.payment.succeeded':
      return {
        Icon: IconCreditCard,
        color: 'green',
        sentence: `Payment received for ${subject}`,
        detail: null,
        amount: formatActivityAmount(activity, 'amountMicros'),
      };
    case 'whop.payment.failed':
      return {
        Icon: IconCreditCardOff,
        color: 'red',
        sentence: `Payment failed for ${subject}`,
        detail: readTimelineActivityProperty(activity, 'failureMessage'),
        amount: formatActivityAmount(activity, 'amountMicros'),
      };
    case 'whop.payment.refunded':
      return {
        Icon: IconReceiptRefund,
        color: 'purple',
        sentence: `Payment refunded for ${subject}`,
        // Whop's refunded amount adds up: a second partial refund's event holds both.
        detail: 'Refunded in all by then',
        amount: formatActivityAmount(activity, 'refundedAmountMicros'),
      };
    default:
      return null;
  }
};
