import { isValidMembershipStatus } from '../domain/membership-validity.util';
import type { SandboxDataset } from '../generator/generate-dataset.util';
import type {
  CompanyRecord,
  MemberRecord,
  MembershipRecord,
  PaymentRecord,
  PlanRecord,
  ProductRecord,
  UserRecord,
  WebhookEndpointRecord,
} from '../types/sandbox-records.type';
import { RecordCollection } from './record-collection';

export type MemberCounts = {
  company: number;
  byProduct: ReadonlyMap<string, number>;
  byPlan: ReadonlyMap<string, number>;
};

const appendTo = <T>(index: Map<string, T[]>, key: string, value: T): void => {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else list.push(value);
};

// The sandbox's in-memory Whop: one company, its catalog, customers, memberships, payments and
// webhook endpoints. Reseeding replaces the contents in place, so a reference to the store stays
// valid for the sandbox's lifetime (tests read it as ground truth).
export class SandboxStore {
  seed = 0;
  memberCount = 0;
  referenceTime = 0;
  company!: CompanyRecord;

  readonly users = new RecordCollection<UserRecord>();
  readonly members = new RecordCollection<MemberRecord>();
  readonly products = new RecordCollection<ProductRecord>();
  readonly plans = new RecordCollection<PlanRecord>();
  readonly memberships = new RecordCollection<MembershipRecord>();
  readonly payments = new RecordCollection<PaymentRecord>();
  readonly webhookEndpoints = new RecordCollection<WebhookEndpointRecord>();

  private readonly usersByUsername = new Map<string, UserRecord>();
  private readonly membersByUser = new Map<string, MemberRecord>();
  private readonly membershipsByMember = new Map<string, MembershipRecord[]>();
  private readonly paymentsByMembership = new Map<string, PaymentRecord[]>();
  private revisionCounter = 0;
  private countsCache: { revision: number; counts: MemberCounts } | null = null;

  load(dataset: SandboxDataset): void {
    this.seed = dataset.seed;
    this.memberCount = dataset.memberCount;
    this.referenceTime = dataset.referenceTime;
    this.company = dataset.company;
    this.users.replaceAll(dataset.users);
    this.members.replaceAll(dataset.members);
    this.products.replaceAll(dataset.products);
    this.plans.replaceAll(dataset.plans);
    this.memberships.replaceAll(dataset.memberships);
    this.payments.replaceAll(dataset.payments);
    this.webhookEndpoints.replaceAll([]);

    this.usersByUsername.clear();
    this.membersByUser.clear();
    this.membershipsByMember.clear();
    this.paymentsByMembership.clear();
    for (const user of dataset.users) this.usersByUsername.set(user.username, user);
    for (const member of dataset.members) this.membersByUser.set(member.userId, member);
    for (const membership of this.memberships.all())
      appendTo(this.membershipsByMember, membership.memberId, membership);
    for (const payment of this.payments.all())
      appendTo(this.paymentsByMembership, payment.membershipId, payment);
    this.touch();
  }

  // Bumped on every change; caches derived from the data key on it.
  get revision(): number {
    return this.revisionCounter;
  }

  touch(): void {
    this.revisionCounter++;
  }

  owner(): UserRecord {
    return this.users.get(this.company.ownerUserId)!;
  }

  userByUsername(username: string): UserRecord | undefined {
    return this.usersByUsername.get(username);
  }

  memberOfUser(userId: string): MemberRecord | undefined {
    return this.membersByUser.get(userId);
  }

  membershipsOfMember(memberId: string): readonly MembershipRecord[] {
    return this.membershipsByMember.get(memberId) ?? [];
  }

  paymentsOfMembership(membershipId: string): readonly PaymentRecord[] {
    return this.paymentsByMembership.get(membershipId) ?? [];
  }

  addUser(user: UserRecord): void {
    this.users.insert(user);
    this.usersByUsername.set(user.username, user);
    this.touch();
  }

  // The user deleted their Whop account: their member, memberships and payments stay, with no user.
  removeUser(user: UserRecord): void {
    this.users.remove(user.id);
    this.usersByUsername.delete(user.username);
    this.touch();
  }

  renameUser(user: UserRecord, username: string): void {
    this.usersByUsername.delete(user.username);
    user.username = username;
    this.usersByUsername.set(username, user);
    this.touch();
  }

  addMember(member: MemberRecord): void {
    this.members.insert(member);
    this.membersByUser.set(member.userId, member);
    this.touch();
  }

  addProduct(product: ProductRecord): void {
    this.products.insert(product);
    this.touch();
  }

  addPlan(plan: PlanRecord): void {
    this.plans.insert(plan);
    this.touch();
  }

  addMembership(membership: MembershipRecord): void {
    this.memberships.insert(membership);
    appendTo(this.membershipsByMember, membership.memberId, membership);
    this.touch();
  }

  addPayment(payment: PaymentRecord): void {
    this.payments.insert(payment);
    appendTo(this.paymentsByMembership, payment.membershipId, payment);
    this.touch();
  }

  // member_count on the company (joined members), products and plans (memberships granting access),
  // recomputed once per revision.
  memberCounts(): MemberCounts {
    if (this.countsCache?.revision === this.revisionCounter) return this.countsCache.counts;
    const byProduct = new Map<string, number>();
    const byPlan = new Map<string, number>();
    for (const membership of this.memberships.all()) {
      if (!isValidMembershipStatus(membership.status)) continue;
      byProduct.set(membership.productId, (byProduct.get(membership.productId) ?? 0) + 1);
      byPlan.set(membership.planId, (byPlan.get(membership.planId) ?? 0) + 1);
    }
    let company = 0;
    for (const member of this.members.all()) if (member.status === 'joined') company++;
    const counts = { company, byProduct, byPlan };
    this.countsCache = { revision: this.revisionCounter, counts };
    return counts;
  }
}
