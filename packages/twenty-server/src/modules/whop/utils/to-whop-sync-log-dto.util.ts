import { type WhopSyncLogDTO } from 'src/modules/whop/dtos/whop-sync-log.dto';
import { type WhopSyncLog } from 'src/modules/whop/entities/whop-sync-log.entity';

export const toWhopSyncLogDTO = (log: WhopSyncLog): WhopSyncLogDTO => ({
  id: log.id,
  connectionId: log.connectionId,
  type: log.type,
  status: log.status,
  counts: Object.entries(log.counts).map(([object, counts]) => ({ object, ...counts })),
  issues: log.issues,
  issueCount: log.issueCount,
  errorMessage: log.errorMessage,
  startedAt: log.startedAt,
  completedAt: log.completedAt,
});
