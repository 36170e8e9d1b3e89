import { Tag } from '@/ui/display/components/Tag';
import { WHOP_MEMBERSHIP_STATUS_OPTIONS } from '@/whop/constants/WhopMembershipStatusOptions';
import { isWhopMembershipStatus } from '@/whop/utils/isWhopMembershipStatus';

type WhopMembershipStatusTagProps = {
  status: string | null;
};

export const WhopMembershipStatusTag = ({ status }: WhopMembershipStatusTagProps) => {
  if (status === null) {
    return null;
  }
  if (!isWhopMembershipStatus(status)) {
    return <Tag text={status} color="gray" />;
  }

  const { label, color } = WHOP_MEMBERSHIP_STATUS_OPTIONS[status];

  return <Tag text={label} color={color} />;
};
