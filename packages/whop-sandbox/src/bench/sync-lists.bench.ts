import { startSandboxHost } from './sandbox-host.client';
import type { SandboxHostReady } from './sandbox-host.process';
import { walkList } from './walk-list.util';

// npm run bench -w whop-sandbox (second part): the lists a full sync of a 10,000-member company
// reads, every page of 100 over HTTP with the queries the sync worker gives @whop/sdk, against a
// sandbox in a process of its own. Prints, per list, the wall time and the CPU time the sandbox
// process spent serving it (and the client's own, for fetch and JSON parsing). The first round
// runs on a cold sandbox, as a sync does; the later ones show it warm.
const MEMBERS = 10_000;
const SEED = 42;
const PAGE_SIZE = '100';
const ROUNDS = 3;

type ListName = keyof SandboxHostReady['counts'];

const listQueries = (companyId: string): Record<ListName, Record<string, string>> => ({
  products: { account_id: companyId, first: PAGE_SIZE },
  plans: { account_id: companyId, first: PAGE_SIZE },
  members: { company_id: companyId, first: PAGE_SIZE },
  memberships: { company_id: companyId, first: PAGE_SIZE, order: 'created_at', direction: 'asc' },
  payments: { company_id: companyId, first: PAGE_SIZE },
});

const ownCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;

const main = async (): Promise<void> => {
  const host = await startSandboxHost({
    port: 0,
    seed: SEED,
    members: MEMBERS,
    referenceDate: '2026-07-20',
    rateLimitPerMinute: 0,
  });
  try {
    const { url, companyId, counts } = host.ready;
    const { key } = (await (
      await fetch(`${url}/_sandbox/api-keys`, { method: 'POST' })
    ).json()) as {
      key: string;
    };
    const headers = {
      accept: 'application/json',
      authorization: `Bearer ${key}`,
      'api-version-date': '2026-07-20',
    };
    let complete = true;
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`Round ${round}${round === 1 ? ' (cold sandbox)' : ''}:`);
      const totals = { pages: 0, wallMs: 0, sandboxCpuMs: 0, clientCpuMs: 0 };
      for (const [list, query] of Object.entries(listQueries(companyId))) {
        const sandboxCpuBefore = await host.cpuMs();
        const clientCpuBefore = ownCpuMs();
        const startedAt = performance.now();
        const walk = await walkList(`${url}/api/v1/${list}?${new URLSearchParams(query)}`, headers);
        const wallMs = performance.now() - startedAt;
        const clientCpuMs = ownCpuMs() - clientCpuBefore;
        const sandboxCpuMs = (await host.cpuMs()) - sandboxCpuBefore;
        complete &&= walk.items === counts[list as ListName];
        totals.pages += walk.pages;
        totals.wallMs += wallMs;
        totals.sandboxCpuMs += sandboxCpuMs;
        totals.clientCpuMs += clientCpuMs;
        console.log(
          `  ${list.padEnd(12)} ${String(walk.items).padStart(6)} items ${String(walk.pages).padStart(4)} pages: wall ${seconds(wallMs)}, sandbox CPU ${seconds(sandboxCpuMs)}, client CPU ${seconds(clientCpuMs)}`,
        );
      }
      console.log(
        `  ${'all'.padEnd(25)} ${String(totals.pages).padStart(4)} pages: wall ${seconds(totals.wallMs)}, sandbox CPU ${seconds(totals.sandboxCpuMs)}, client CPU ${seconds(totals.clientCpuMs)}`,
      );
    }
    console.log(`Every record of every list served: ${complete ? 'yes' : 'NO'}`);
    if (!complete) process.exitCode = 1;
  } finally {
    await host.close();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
