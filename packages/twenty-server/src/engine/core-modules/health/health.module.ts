import { Module } from '@nestjs/common';

import { QueueWorkerHeartbeatCron } from 'src/engine/core-modules/health/crons/queue-worker-heartbeat.cron';
import { HealthController } from 'src/engine/core-modules/health/health.controller';
import { QueueWorkerHeartbeatJob } from 'src/engine/core-modules/health/jobs/queue-worker-heartbeat.job';

@Module({
  controllers: [HealthController],
  providers: [QueueWorkerHeartbeatJob, QueueWorkerHeartbeatCron],
  exports: [QueueWorkerHeartbeatCron],
})
export class HealthModule {}
