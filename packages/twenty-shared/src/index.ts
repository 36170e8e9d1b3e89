export { OPPORTUNITY_STAGES, type OpportunityStage } from './opportunity-stage';
export { TASK_STATUSES, type TaskStatus } from './task-status';
