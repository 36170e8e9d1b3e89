import 'reflect-metadata';

import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { seedDemoWorkspace, DEMO_USER } from 'src/database/commands/seed-demo-workspace';
import { AuthModule } from 'src/engine/core-modules/auth/auth.module';
import { CoreEngineModule } from 'src/engine/core-modules/core-engine.module';
import { loadDotEnv } from 'src/load-dot-env';

@Module({ imports: [CoreEngineModule, AuthModule] })
class SeedModule {}

const run = async () => {
  loadDotEnv();
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error'] });

  try {
    const { created } = await seedDemoWorkspace(app);

    process.stdout.write(
      created
        ? `Seeded the demo workspace "Apple" (${DEMO_USER.email})\n`
        : 'Demo workspace already seeded\n',
    );
  } finally {
    await app.close();
  }
};

run().catch((error: Error) => {
  process.stderr.write(`Seeding failed: ${error.message}\n`);
  process.exit(1);
});
