import 'reflect-metadata';

import { runMigrations } from 'src/database/commands/run-migrations';
import { readEnvironmentVariables } from 'src/engine/core-modules/environment/environment-variables';
import { loadDotEnv } from 'src/load-dot-env';

loadDotEnv();
runMigrations(readEnvironmentVariables().PG_DATABASE_URL)
  .then(({ core }) => {
    process.stdout.write(
      core.length ? `Applied migrations: ${core.join(', ')}\n` : 'Database is up to date\n',
    );
  })
  .catch((error: Error) => {
    process.stderr.write(`Migration failed: ${error.message}\n`);
    process.exit(1);
  });
