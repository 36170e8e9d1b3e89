import { WHOP_ONGOING_SYNC_STAGES } from 'twenty-shared';

import { type WhopConnectionDTO } from 'src/modules/whop/dtos/whop-connection.dto';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { getWhopFullSyncQueuedAt } from 'src/modules/whop/utils/get-whop-full-sync-queued-at.util';

// Picks the public fields of a connection; tokens and the webhook secret never leave the server.
export const toWhopConnectionDTO = (
  connection: WhopConnection,
  webhookUrl: string,
): WhopConnectionDTO => ({
  id: connection.id,
  whopCompanyId: connection.whopCompanyId,
  whopCompanyTitle: connection.whopCompanyTitle,
  whopUserName: connection.whopUserName,
  connectedByUserId: connection.connectedByUserId,
  status: connection.status,
  syncStatus: connection.syncStatus,
  syncStage: connection.syncStage,
  fullSyncQueuedAt: getWhopFullSyncQueuedAt(connection),
  syncProgress: connection.syncProgress
    ? {
        step: connection.syncProgress.step,
        steps: Object.entries(connection.syncProgress.steps).map(([step, progress]) => ({
          step,
          processed: progress?.processed ?? 0,
          total: progress?.total ?? null,
        })),
        recordsPerSecond: connection.syncProgress.recordsPerSecond,
        startedAt: connection.syncProgress.startedAt,
        rateSince: connection.syncProgress.rateSince ?? null,
        warnings: connection.syncProgress.warnings,
        errors: connection.syncProgress.errors,
      }
    : null,
  lastSyncError: connection.lastSyncError,
  lastSyncAt: connection.lastSyncAt,
  lastFullSyncAt: connection.lastFullSyncAt,
  lastIncrementalSyncAt: connection.lastIncrementalSyncAt,
  authFailedAt: connection.authFailedAt,
  revokedAt: connection.revokedAt,
  scopes: connection.scopes,
  webhookUrl,
  webhookRegistered: Boolean(connection.whopWebhookId),
  webhookRegistrationError: connection.webhookRegistrationError,
  throttleFailureCount: connection.throttleFailureCount,
  nextSyncRetryAt: WHOP_ONGOING_SYNC_STAGES.includes(connection.syncStage)
    ? connection.syncRetryAt
    : null,
  createdAt: connection.createdAt,
  updatedAt: connection.updatedAt,
});
