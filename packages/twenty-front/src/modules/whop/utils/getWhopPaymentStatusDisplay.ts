import type { TagColor } from '@/ui/display/types/TagColor';
import type { WhopPayment } from '@/whop/types/WhopPayment';

const humanize = (value: string) => {
  const words = value.replace(/_/g, ' ');

  return words.charAt(0).toUpperCase() + words.slice(1);
};

// The payment's state as the sync reads it (refunded, failed, paid, pending), for a tag.
export const getWhopPaymentStatusDisplay = ({
  status,
  substatus,
  failureMessage,
}: Pick<WhopPayment, 'status' | 'substatus' | 'failureMessage'>): {
  label: string;
  color: TagColor;
} => {
  if (substatus === 'refunded' || substatus === 'auto_refunded') {
    return { label: 'Refunded', color: 'purple' };
  }
  if (substatus === 'partially_refunded') {
    return { label: 'Partially refunded', color: 'purple' };
  }
  if (
    substatus === 'failed' ||
    ((status === 'open' || status === 'uncollectible') && failureMessage !== null)
  ) {
    return { label: 'Failed', color: 'red' };
  }
  if (status === 'paid') {
    return { label: 'Paid', color: 'green' };
  }
  if (status === 'pending' || status === 'open' || substatus === 'pending') {
    return { label: 'Pending', color: 'yellow' };
  }

  return { label: humanize(substatus ?? status ?? 'unknown'), color: 'gray' };
};
