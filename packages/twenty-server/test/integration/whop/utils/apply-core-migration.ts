import { type INestApplication } from '@nestjs/common';
import { DataSource, type MigrationInterface } from 'typeorm';

// What deploying `migration` does to the core schema, while the stack keeps running.
export const applyCoreMigration = async (
  app: INestApplication,
  migration: MigrationInterface,
): Promise<void> => {
  const queryRunner = app.get(DataSource).createQueryRunner();

  try {
    await migration.up(queryRunner);
  } finally {
    await queryRunner.release();
  }
};
