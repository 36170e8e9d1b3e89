import { OPPORTUNITY_STAGE_OPTIONS } from '@/opportunities/constants/OpportunityStageOptions';
import type { OpportunityStage } from '@/opportunities/types/OpportunityStage';

export const isOpportunityStage = (stage: string): stage is OpportunityStage =>
  Object.hasOwn(OPPORTUNITY_STAGE_OPTIONS, stage);
