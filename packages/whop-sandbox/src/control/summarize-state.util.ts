import type { SandboxContext } from '../sandbox-context.type';
import { serializeCompany } from '../serializers/company.serializer';
import { serializeUser } from '../serializers/user.serializer';
import { fullAccess } from './full-access.util';

const tally = <T>(items: readonly T[], keyOf: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return counts;
};

// GET /_sandbox/state: the dataset at a glance, cheap even at 100,000 members.
export const summarizeState = (context: SandboxContext) => {
  const { store } = context;
  const owner = store.owner();
  return {
    seed: store.seed,
    members: store.memberCount,
    referenceDate: new Date(store.referenceTime).toISOString(),
    company: serializeCompany(fullAccess(store), store.company),
    owner: { ...serializeUser(owner), email: owner.email },
    counts: {
      users: store.users.size,
      members: store.members.size,
      products: store.products.size,
      plans: store.plans.size,
      memberships: store.memberships.size,
      payments: store.payments.size,
      webhooks: store.webhookEndpoints.size,
      webhookDeliveries: context.deliveries.size,
      apiKeys: context.apiKeys.size(),
    },
    membershipStatuses: tally(store.memberships.all(), (membership) => membership.status),
    paymentSubstatuses: tally(store.payments.all(), (payment) => payment.substatus),
    autoApprove: context.settings.autoApprove,
    faults: context.faults.snapshot(),
    clockOffsetMs: context.clock.offsetMs(),
    apps: context.oauth.listApps().map((app) => ({
      clientId: app.clientId,
      name: app.name,
      redirectUris: app.redirectUris,
      confidential: app.clientSecret !== undefined,
    })),
  };
};
