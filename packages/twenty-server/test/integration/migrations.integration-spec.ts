import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { runMigrations } from 'src/database/commands/run-migrations';

const adminUrl = () => {
  const url = new URL(process.env.PG_DATABASE_URL as string);

  url.pathname = '/postgres';

  return url;
};

describe('database migrations', () => {
  const databaseName = `twenty_migrations_${randomUUID().slice(0, 8)}`;
  const databaseUrl = (() => {
    const url = adminUrl();

    url.pathname = `/${databaseName}`;

    return url.toString();
  })();

  afterAll(async () => {
    const client = new Client({ connectionString: adminUrl().toString() });

    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await client.end();
  });

  it('creates the database and applies every migration from zero, then nothing the second time', async () => {
    const first = await runMigrations(databaseUrl);
    const second = await runMigrations(databaseUrl);

    expect(first.core.length).toBeGreaterThan(0);
    expect(second.core).toEqual([]);

    const client = new Client({ connectionString: databaseUrl });

    await client.connect();
    const tables = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'core' ORDER BY 1`,
    );

    await client.end();
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        'apiKey',
        'user',
        'userWorkspace',
        'workspace',
        'workspaceMigration',
      ]),
    );
  });

  it('survives two concurrent runs', async () => {
    const results = await Promise.all([runMigrations(databaseUrl), runMigrations(databaseUrl)]);

    expect(results.map((result) => result.core)).toEqual([[], []]);
  });
});
