import { type INestApplicationContext } from '@nestjs/common';

import { QueueWorkerHeartbeatCron } from 'src/engine/core-modules/health/crons/queue-worker-heartbeat.cron';
import { type ScheduledJobsOwner } from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';
import { WhopAbandonedSyncService } from 'src/modules/whop/services/whop-abandoned-sync.service';
import { WhopGrantRevocationService } from 'src/modules/whop/services/whop-grant-revocation.service';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';

// The parts of the app that keep jobs on the queue, which the server's ScheduledJobsKeeper asks
// every minute to put back what the queue lost.
export const getAppScheduledJobsOwners = (app: INestApplicationContext): ScheduledJobsOwner[] => [
  app.get(QueueWorkerHeartbeatCron),
  app.get(WhopSyncSchedulerService),
  app.get(WhopAbandonedSyncService),
  app.get(WhopGrantRevocationService),
];
