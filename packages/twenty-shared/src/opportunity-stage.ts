// Twenty's opportunity pipeline, in order.
export const OPPORTUNITY_STAGES = ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'] as const;

export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];
