import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

import { loadDotEnv } from 'src/load-dot-env';
import { QueueWorkerService } from 'src/engine/core-modules/message-queue/services/queue-worker.service';
import { QueueWorkerModule } from 'src/queue-worker/queue-worker.module';

const bootstrap = async () => {
  loadDotEnv();
  const app = await NestFactory.createApplicationContext(QueueWorkerModule, { bufferLogs: true });

  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  app.get(QueueWorkerService).start();
};

void bootstrap();
