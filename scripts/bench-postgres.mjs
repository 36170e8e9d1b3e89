// `npm run bench:postgres`: this machine's PostgreSQL writing rows the three ways the issue gives
// figures for on a 2-core machine (record by record, 100-row INSERT … ON CONFLICT, COPY), so that
// the sync's own figures can be read against the machine the issue's targets were set on. In a
// database of its own (twenty_bench_postgres), rows shaped like a Whop payment, PostgreSQL's
// default settings, each figure the best of three rounds.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { DEFAULTS, ROOT, checkServices, loadDotEnv } from './ensure-ready.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '50000' },
    'single-rows': { type: 'string', default: '2000' },
  },
});
const bulkRows = Number(values.rows);
const singleRows = Number(values['single-rows']);
// The issue's figures, rows a second on a 2-core machine with PostgreSQL 15.
const ISSUE_RATES = { single: 700, upsert: 21_000, copy: 72_000 };
const BATCH = 100;
const ROUNDS = 3;
const PEOPLE = 10_000;
const TABLE = 'payment';
const COLUMNS = [
  'whopId',
  'amountMicros',
  'currencyCode',
  'status',
  'paidAt',
  'whopUserId',
  'personId',
];

loadDotEnv();
await checkServices();
const require = createRequire(join(ROOT, 'packages/twenty-server/package.json'));
const { Client } = require('pg');
const { from: copyFrom } = createRequire(join(ROOT, 'package.json'))('pg-copy-streams');

const serverUrl = new URL(process.env.PG_DATABASE_URL ?? DEFAULTS.PG_DATABASE_URL);
const databaseUrl = new URL(serverUrl);

databaseUrl.pathname = '/twenty_bench_postgres';
serverUrl.pathname = '/postgres';

const withClient = async (url, work) => {
  const client = new Client({ connectionString: url.toString() });

  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};
const dropDatabase = () =>
  withClient(serverUrl, (client) =>
    client.query('DROP DATABASE IF EXISTS twenty_bench_postgres WITH (FORCE)'),
  );

const personId = (index) => `00000000-0000-4000-8000-${String(index % PEOPLE).padStart(12, '0')}`;
const buildRow = (index) => [
  `pay_${String(index).padStart(10, '0')}`,
  String(19_990_000 + (index % 1000) * 10_000),
  index % 7 === 0 ? 'EUR' : 'USD',
  index % 13 === 0 ? 'open' : 'paid',
  new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
  `user_${String(index % PEOPLE).padStart(10, '0')}`,
  personId(index),
];
const rows = Array.from({ length: Math.max(bulkRows, singleRows) }, (_, index) => buildRow(index));
const quotedColumns = COLUMNS.map((column) => `"${column}"`).join(', ');
const TABLE_SQL = `
  CREATE TABLE ${TABLE} (
    "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    "whopId" text NOT NULL UNIQUE,
    "amountMicros" numeric(24, 0),
    "currencyCode" text,
    "status" text,
    "paidAt" timestamptz,
    "whopUserId" text,
    "personId" uuid,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    "updatedAt" timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX ON ${TABLE} ("personId");`;

const upsertSql = (count) => {
  const tuples = Array.from(
    { length: count },
    (_, row) =>
      `(${COLUMNS.map((_, column) => `$${row * COLUMNS.length + column + 1}`).join(', ')})`,
  );
  const updates = COLUMNS.filter((column) => column !== 'whopId')
    .map((column) => `"${column}" = EXCLUDED."${column}"`)
    .join(', ');

  return `INSERT INTO ${TABLE} (${quotedColumns}) VALUES ${tuples.join(', ')}
    ON CONFLICT ("whopId") DO UPDATE SET ${updates}, "updatedAt" = now()`;
};

// Rows a second of `write` over `count` rows, into the table emptied first.
const measure = async (client, count, write) => {
  await client.query(`TRUNCATE ${TABLE}`);
  const started = performance.now();

  await write();

  return count / ((performance.now() - started) / 1000);
};

const recordByRecord = (client) =>
  measure(client, singleRows, async () => {
    for (const row of rows.slice(0, singleRows)) {
      const found = await client.query(`SELECT "id" FROM ${TABLE} WHERE "whopId" = $1`, [row[0]]);

      if (found.rowCount === 0)
        await client.query(
          `INSERT INTO ${TABLE} (${quotedColumns}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`)})`,
          row,
        );
    }
  });

const batchedUpserts = (client) =>
  measure(client, bulkRows, async () => {
    const fullBatchSql = upsertSql(BATCH);

    for (let start = 0; start < bulkRows; start += BATCH) {
      const batch = rows.slice(start, Math.min(start + BATCH, bulkRows));

      await client.query(
        batch.length === BATCH ? fullBatchSql : upsertSql(batch.length),
        batch.flat(),
      );
    }
  });

const copyIn = (client) =>
  measure(client, bulkRows, async () => {
    const stream = client.query(copyFrom(`COPY ${TABLE} (${quotedColumns}) FROM STDIN`));
    const finished = once(stream, 'finish');

    for (const row of rows.slice(0, bulkRows)) {
      if (!stream.write(`${row.join('\t')}\n`)) await once(stream, 'drain');
    }
    stream.end();
    await finished;
  });

await dropDatabase();
await withClient(serverUrl, (client) => client.query('CREATE DATABASE twenty_bench_postgres'));
try {
  const rates = await withClient(databaseUrl, async (client) => {
    await client.query(TABLE_SQL);

    const best = { single: 0, upsert: 0, copy: 0 };

    // Each the best of its rounds, taken in turn, so that a moment of the machine's (a checkpoint,
    // another process) does not decide a comparison.
    for (let round = 0; round < ROUNDS; round++) {
      const measured = {
        single: await recordByRecord(client),
        upsert: await batchedUpserts(client),
        copy: await copyIn(client),
      };

      for (const name of Object.keys(best)) best[name] = Math.max(best[name], measured[name]);
    }

    return best;
  });
  const format = (rate) => Math.round(rate).toLocaleString('en-US').padStart(7);
  const pace = rates.upsert / ISSUE_RATES.upsert;

  console.log(`
PostgreSQL write rates (rows like a Whop payment: ${bulkRows.toLocaleString('en-US')} rows, ${singleRows.toLocaleString('en-US')} record by record)
                                         this machine     the issue's 2-core machine
  record by record (find, then insert)   ${format(rates.single)} rows/s   ${format(ISSUE_RATES.single)} rows/s
  100-row INSERT … ON CONFLICT           ${format(rates.upsert)} rows/s   ${format(ISSUE_RATES.upsert)} rows/s
  COPY                                   ${format(rates.copy)} rows/s   ${format(ISSUE_RATES.copy)} rows/s
  This machine's pace, 100-row upserts against the issue's: ${pace.toFixed(2)}×`);
} finally {
  await dropDatabase();
}
