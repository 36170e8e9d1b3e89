import { Client } from 'pg';

// Creates the database named in the URL when it does not exist yet (connecting to `postgres`).
export const ensureDatabaseExists = async (databaseUrl: string): Promise<boolean> => {
  const url = new URL(databaseUrl);
  const databaseName = decodeURIComponent(url.pathname.slice(1));

  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });

  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      databaseName,
    ]);

    if (existing.rowCount) return false;
    await client.query(`CREATE DATABASE "${databaseName.replace(/"/g, '""')}"`);

    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await client.end();
  }
};
