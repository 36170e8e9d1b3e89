import 'reflect-metadata';

import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from 'src/app.module';
import { configureHttpApp } from 'src/engine/utils/configure-http-app.util';
import { applyTestEnvironment } from 'test/integration/utils/test-environment';

// The real server module on a random port, as main.ts builds it.
export const createTestApp = async (): Promise<NestExpressApplication> => {
  applyTestEnvironment();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    rawBody: true,
    logger: ['error'],
  });

  configureHttpApp(app);
  await app.init();

  return app;
};

export const closeTestApp = async (app: INestApplication | undefined): Promise<void> => {
  await app?.close();
};
