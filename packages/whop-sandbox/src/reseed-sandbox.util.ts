import { generateDataset } from './generator/generate-dataset.util';
import type { SandboxContext } from './sandbox-context.type';

export type SeedInput = { seed: number; members: number; referenceTime: number };

// Replaces the data with a freshly generated dataset and forgets what belonged to the old one:
// webhook endpoints, deliveries, faults, rate-limit windows, and credentials for another company.
export const reseedSandbox = (context: SandboxContext, input: SeedInput): void => {
  const dataset = generateDataset(input);
  context.store.load(dataset);
  context.sortedViews.clear();
  context.deliveries.clear();
  context.faults.clear();
  context.rateLimiter.reset();
  context.oauth.revokeGrants((grant) => grant.companyId !== dataset.company.id);
  context.apiKeys.revokeOutsideCompany(dataset.company.id);
};
