import type { OpportunityStage } from '@/opportunities/types/OpportunityStage';
import type { TagColor } from '@/ui/display/types/TagColor';

export const OPPORTUNITY_STAGE_OPTIONS: Record<
  OpportunityStage,
  { label: string; color: TagColor }
> = {
  NEW: { label: 'New', color: 'red' },
  SCREENING: { label: 'Screening', color: 'purple' },
  MEETING: { label: 'Meeting', color: 'sky' },
  PROPOSAL: { label: 'Proposal', color: 'turquoise' },
  CUSTOMER: { label: 'Customer', color: 'yellow' },
};
