import { Tag } from '@/ui/display/components/Tag';
import type { WhopPayment } from '@/whop/types/WhopPayment';
import { getWhopPaymentStatusDisplay } from '@/whop/utils/getWhopPaymentStatusDisplay';

type WhopPaymentStatusTagProps = {
  payment: Pick<WhopPayment, 'outcome' | 'status' | 'substatus'>;
};

export const WhopPaymentStatusTag = ({ payment }: WhopPaymentStatusTagProps) => {
  const { label, color } = getWhopPaymentStatusDisplay(payment);

  return <Tag text={label} color={color} />;
};
