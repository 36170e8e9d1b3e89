import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

import { AppModule } from 'src/app.module';
import { getAppScheduledJobsOwners } from 'src/app-scheduled-jobs-owners';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import {
  resolveFrontDistPath,
  serveFront,
} from 'src/engine/core-modules/front-serving/serve-front.util';
import { QueueWorkerHeartbeatCron } from 'src/engine/core-modules/health/crons/queue-worker-heartbeat.cron';
import { ScheduledJobsKeeper } from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';
import { configureHttpApp } from 'src/engine/utils/configure-http-app.util';
import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { loadDotEnv } from 'src/load-dot-env';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';

const bootstrap = async () => {
  loadDotEnv();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    rawBody: true,
    bufferLogs: true,
  });
  const environmentService = app.get(EnvironmentService);

  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  configureHttpApp(app);
  serveFront(app, resolveFrontDistPath(environmentService.get('FRONT_DIST_PATH')));
  app.get(ScheduledJobsKeeper).keep(getAppScheduledJobsOwners(app));
  await app.listen(environmentService.get('PORT'));
  app.get(Logger).log(`Twenty server listening on ${environmentService.get('SERVER_URL')}`);
  // The repeatable jobs once the server answers: with Redis out of reach they wait for it while
  // /healthz says so, and one that fails is put back by the scheduled jobs keeper within a minute.
  try {
    await app.get(QueueWorkerHeartbeatCron).register();
    await app.get(WhopSyncSchedulerService).scheduleAllActiveReconciles();
  } catch (error) {
    app.get(Logger).warn(`Could not register the scheduled jobs yet: ${getErrorMessage(error)}`);
  }
};

void bootstrap();
