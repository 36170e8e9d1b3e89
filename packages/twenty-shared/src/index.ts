export { isDefined } from './utils/is-defined';
export { isValidUuid } from './utils/is-valid-uuid';
export { OPPORTUNITY_STAGES, type OpportunityStage } from './opportunity-stage';
export { TASK_STATUSES, type TaskStatus } from './task-status';
export {
  WHOP_CONNECT_ERROR_CODES,
  isWhopConnectErrorCode,
  type WhopConnectErrorCode,
} from './whop-connect-error';
export {
  WHOP_CONNECTION_STATUSES,
  WHOP_ONGOING_SYNC_STAGES,
  WHOP_PAYMENT_OUTCOMES,
  WHOP_SYNC_LOG_STATUSES,
  WHOP_SYNC_STAGES,
  WHOP_SYNC_STATUSES,
  WHOP_SYNC_STEPS,
  WHOP_SYNC_TYPES,
  type WhopConnectionStatus,
  type WhopPaymentOutcome,
  type WhopSyncLogStatus,
  type WhopSyncStage,
  type WhopSyncStatus,
  type WhopSyncStep,
  type WhopSyncType,
} from './whop-sync';
