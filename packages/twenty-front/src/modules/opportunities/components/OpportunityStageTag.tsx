import { OPPORTUNITY_STAGE_OPTIONS } from '@/opportunities/constants/OpportunityStageOptions';
import { isOpportunityStage } from '@/opportunities/utils/isOpportunityStage';
import { Tag } from '@/ui/display/components/Tag';

type OpportunityStageTagProps = {
  stage: string;
};

export const OpportunityStageTag = ({ stage }: OpportunityStageTagProps) => {
  if (!isOpportunityStage(stage)) {
    return <Tag text={stage} color="gray" />;
  }

  const { label, color } = OPPORTUNITY_STAGE_OPTIONS[stage];

  return <Tag text={label} color={color} />;
};
