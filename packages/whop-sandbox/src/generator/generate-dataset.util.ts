import { deriveMemberSummary } from '../domain/derive-member-summary.util';
import { generateId } from '../ids/generate-id.util';
import type {
  CompanyRecord,
  MemberRecord,
  MembershipRecord,
  PaymentRecord,
  PlanRecord,
  ProductRecord,
  UserRecord,
} from '../types/sandbox-records.type';
import { generateCompany, generateOwnerMember } from './generate-company.util';
import { generateMembership } from './generate-membership.util';
import { generatePlans } from './generate-plans.util';
import { generateProducts, productCountFor } from './generate-products.util';
import { type UserGenerationContext, generateUser } from './generate-user.util';
import { type Prng, type WeightedTable, createPrng, weightedTable } from './prng.util';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const MEMBERSHIPS_PER_MEMBER = weightedTable<number>([
  [1, 80],
  [2, 16],
  [3, 4],
]);

export type GenerateDatasetInput = {
  seed: number;
  members: number;
  // Generated dates lie before this instant (epoch ms); same inputs give byte-identical data.
  referenceTime: number;
};

export type SandboxDataset = {
  seed: number;
  memberCount: number;
  referenceTime: number;
  company: CompanyRecord;
  owner: UserRecord;
  users: UserRecord[];
  members: MemberRecord[];
  products: ProductRecord[];
  plans: PlanRecord[];
  memberships: MembershipRecord[];
  payments: PaymentRecord[];
};

const planWeight = (plan: PlanRecord): number => {
  if (plan.planType === 'one_time') return 20;
  if (plan.billingPeriod === 365) return 15;
  if (plan.billingPeriod === 7) return 10;
  return 55;
};

// Popular products first: a squared uniform draw favours low indexes.
const pickPlan = (
  prng: Prng,
  products: readonly ProductRecord[],
  planTables: Map<string, WeightedTable<PlanRecord>>,
): PlanRecord => {
  const product = products[Math.floor(products.length * prng.next() ** 2)];
  return prng.weighted(planTables.get(product.id)!);
};

export const generateDataset = ({
  seed,
  members: memberCount,
  referenceTime,
}: GenerateDatasetInput): SandboxDataset => {
  const prng = createPrng(seed);
  const { company, owner } = generateCompany(prng, referenceTime);
  const products = generateProducts(prng, company, productCountFor(memberCount));
  const plans = generatePlans(prng, products);
  const plansById = new Map(plans.map((plan) => [plan.id, plan]));
  const planTables = new Map<string, WeightedTable<PlanRecord>>();
  for (const product of products) {
    planTables.set(
      product.id,
      weightedTable(
        plans
          .filter((plan) => plan.productId === product.id)
          .map((plan) => [plan, planWeight(plan)] as const),
      ),
    );
  }

  const userContext: UserGenerationContext = { usernames: new Set([owner.username]), emails: [] };
  const users: UserRecord[] = [owner];
  const members: MemberRecord[] = [];
  const memberships: MembershipRecord[] = [];
  const payments: PaymentRecord[] = [];

  for (let index = 0; index < memberCount; index++) {
    const memberId = generateId('mber_', prng.next);
    const user = generateUser(prng, userContext, referenceTime);
    const ownMemberships: MembershipRecord[] = [];
    const ownPayments: PaymentRecord[][] = [];

    const membershipCount = prng.weighted(MEMBERSHIPS_PER_MEMBER);
    for (let count = 0; count < membershipCount; count++) {
      const plan = pickPlan(prng, products, planTables);
      const generated = generateMembership(prng, {
        memberId,
        userId: user.id,
        plan,
        referenceTime,
      });
      ownMemberships.push(generated.membership);
      ownPayments.push(generated.payments);
      memberships.push(generated.membership);
      for (const payment of generated.payments) payments.push(payment);
    }

    let joinedAt = Infinity;
    let updatedAt = 0;
    for (const membership of ownMemberships) {
      joinedAt = Math.min(joinedAt, membership.createdAt);
      updatedAt = Math.max(updatedAt, membership.updatedAt);
    }
    joinedAt -= prng.int(0, 10 * MINUTE_MS);
    user.createdAt = joinedAt - prng.int(0, 400 * DAY_MS);
    user.updatedAt = user.createdAt;
    users.push(user);

    members.push({
      id: memberId,
      companyId: company.id,
      userId: user.id,
      phone: prng.chance(0.3)
        ? `+1${prng.int(201, 989)}555${String(prng.int(0, 9999)).padStart(4, '0')}`
        : null,
      joinedAt,
      createdAt: joinedAt,
      updatedAt,
      ...deriveMemberSummary({
        memberships: ownMemberships,
        paymentsOf: (membershipId) =>
          ownPayments[ownMemberships.findIndex((membership) => membership.id === membershipId)],
        planOf: (planId) => plansById.get(planId),
      }),
    });
  }

  members.push(generateOwnerMember(prng, company, owner));

  return {
    seed,
    memberCount,
    referenceTime,
    company,
    owner,
    users,
    members,
    products,
    plans,
    memberships,
    payments,
  };
};
