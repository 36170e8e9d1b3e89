import type { WhopPaymentOutcome } from 'twenty-shared';

import type { TagColor } from '@/ui/display/types/TagColor';
import type { WhopPayment } from '@/whop/types/WhopPayment';

type WhopPaymentStatusDisplay = { label: string; color: TagColor };

const OUTCOME_DISPLAYS: Record<Exclude<WhopPaymentOutcome, 'other'>, WhopPaymentStatusDisplay> = {
  succeeded: { label: 'Paid', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
  refunded: { label: 'Refunded', color: 'purple' },
  partially_refunded: { label: 'Partially refunded', color: 'purple' },
  pending: { label: 'Pending', color: 'yellow' },
};

const humanize = (value: string) => {
  const words = value.replace(/_/g, ' ');

  return words.charAt(0).toUpperCase() + words.slice(1);
};

// The tag follows the server's outcome, so that a payment reads the same here as on the timeline
// and in the lifetime value. What the sync puts in none of its classes (a void, a lost dispute)
// is named by Whop's own word for it.
export const getWhopPaymentStatusDisplay = ({
  outcome,
  status,
  substatus,
}: Pick<WhopPayment, 'outcome' | 'status' | 'substatus'>): WhopPaymentStatusDisplay =>
  outcome === 'other'
    ? { label: humanize(substatus ?? status ?? 'unknown'), color: 'gray' }
    : OUTCOME_DISPLAYS[outcome];
