export type { OpportunityStage } from 'twenty-shared';
