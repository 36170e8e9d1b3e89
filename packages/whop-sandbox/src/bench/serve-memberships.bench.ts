import { generateDataset } from '../generator/generate-dataset.util';
import { startWhopSandbox } from '../start-whop-sandbox';
import { percentile } from './percentile.util';

// npm run bench -w whop-sandbox: how fast the sandbox generates 100,000 members and serves every
// page of their memberships over HTTP. Targets: generation <= 5 s, median page of 100 <= 5 ms.
const MEMBERS = 100_000;
const SEED = 42;
const PAGE_SIZE = 100;
const GENERATION_TARGET_MS = 5_000;
const MEDIAN_PAGE_TARGET_MS = 5;

const format = (milliseconds: number) => `${milliseconds.toFixed(2)} ms`;

// Timed on its own, and dropped before the sandbox starts so the two copies never compete for memory.
const timeGeneration = (referenceTime: number): number => {
  const startedAt = performance.now();
  const dataset = generateDataset({ seed: SEED, members: MEMBERS, referenceTime });
  const generationMs = performance.now() - startedAt;
  console.log(
    `Generated ${dataset.members.length} members, ${dataset.memberships.length} memberships, ${dataset.payments.length} payments, ${dataset.products.length} products, ${dataset.plans.length} plans in ${format(generationMs)}`,
  );
  return generationMs;
};

const main = async (): Promise<void> => {
  const referenceTime = Date.UTC(2026, 6, 20);
  const generationMs = timeGeneration(referenceTime);

  const startStartedAt = performance.now();
  const sandbox = await startWhopSandbox({
    port: 0,
    seed: SEED,
    members: MEMBERS,
    referenceDate: new Date(referenceTime).toISOString(),
    rateLimitPerMinute: 0,
  });
  console.log(
    `Sandbox ready (generate + index + listen) in ${format(performance.now() - startStartedAt)}`,
  );

  try {
    const { key } = (await (
      await fetch(`${sandbox.url}/_sandbox/api-keys`, { method: 'POST' })
    ).json()) as {
      key: string;
    };
    const headers = { authorization: `Bearer ${key}`, 'api-version-date': '2026-07-20' };
    const base = `${sandbox.url}/api/v1/memberships?company_id=${sandbox.state.company.id}&first=${PAGE_SIZE}`;
    for (let warmUp = 0; warmUp < 50; warmUp++) await (await fetch(base, { headers })).json();

    const latencies: number[] = [];
    let items = 0;
    let cursor: string | null = null;
    const pagingStartedAt = performance.now();
    do {
      const startedAt = performance.now();
      const response = await fetch(cursor === null ? base : `${base}&after=${cursor}`, { headers });
      const page = (await response.json()) as {
        data: unknown[];
        page_info: { end_cursor: string | null; has_next_page: boolean };
      };
      latencies.push(performance.now() - startedAt);
      if (response.status !== 200)
        throw new Error(`Page ${latencies.length} answered ${response.status}.`);
      items += page.data.length;
      cursor = page.page_info.has_next_page ? page.page_info.end_cursor : null;
    } while (cursor !== null);
    const pagingMs = performance.now() - pagingStartedAt;

    const median = percentile(latencies, 50);
    console.log(
      `Served ${items} memberships in ${latencies.length} pages of ${PAGE_SIZE} in ${format(pagingMs)}`,
    );
    console.log(
      `Page latency (client-observed, HTTP included): median ${format(median)}, p95 ${format(percentile(latencies, 95))}, p99 ${format(percentile(latencies, 99))}, max ${format(Math.max(...latencies))}`,
    );

    const complete = items === sandbox.state.memberships.size;
    const generationOk = generationMs <= GENERATION_TARGET_MS;
    const medianOk = median <= MEDIAN_PAGE_TARGET_MS;
    console.log(
      `Targets: generation <= 5 s ${generationOk ? 'met' : 'MISSED'}; median page <= 5 ms ${medianOk ? 'met' : 'MISSED'}; every membership served ${complete ? 'yes' : 'NO'}`,
    );
    if (!generationOk || !medianOk || !complete) process.exitCode = 1;
  } finally {
    await sandbox.close();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
