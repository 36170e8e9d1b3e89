import { startWhopSandbox } from '../start-whop-sandbox';
import type { WhopSandboxOptions } from '../sandbox-options.type';

// A sandbox in a process of its own (forked by a benchmark with its options as the first
// argument), so process.cpuUsage() here is the CPU the sandbox alone spends. It announces itself
// with `ready`, answers `cpu` with its CPU time so far and exits on `close`.
export type SandboxHostReady = {
  type: 'ready';
  url: string;
  companyId: string;
  counts: Record<'products' | 'plans' | 'members' | 'memberships' | 'payments', number>;
};

export type SandboxHostCpu = { type: 'cpu'; usage: NodeJS.CpuUsage };

const send = (message: SandboxHostReady | SandboxHostCpu): void => {
  process.send?.(message);
};

const main = async (): Promise<void> => {
  const options = JSON.parse(process.argv[2] ?? '{}') as WhopSandboxOptions;
  const sandbox = await startWhopSandbox(options);
  const { state } = sandbox;
  process.on('message', (message) => {
    if (message === 'cpu') send({ type: 'cpu', usage: process.cpuUsage() });
    if (message === 'close') void sandbox.close().then(() => process.exit(0));
  });
  send({
    type: 'ready',
    url: sandbox.url,
    companyId: state.company.id,
    counts: {
      products: state.products.size,
      plans: state.plans.size,
      members: state.members.size,
      memberships: state.memberships.size,
      payments: state.payments.size,
    },
  });
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
