import { Tag } from '@/ui/display/components/Tag';
import { WHOP_CONNECTION_HEALTH_OPTIONS } from '@/whop/constants/WhopConnectionHealthOptions';
import type { WhopConnectionHealth } from '@/whop/types/WhopConnectionHealth';

type WhopConnectionStatusTagProps = {
  health: WhopConnectionHealth;
};

export const WhopConnectionStatusTag = ({ health }: WhopConnectionStatusTagProps) => {
  const { label, color } = WHOP_CONNECTION_HEALTH_OPTIONS[health];

  return <Tag text={label} color={color} />;
};
