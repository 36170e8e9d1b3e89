// The sandbox's internal records: compact, flat, timestamps as epoch milliseconds.
// Serializers turn them into Whop's JSON shapes; nothing outside the serializers sees Whop's nesting.
import type {
  AccessLevel,
  BillingReason,
  CancelOption,
  CardBrand,
  MemberMostRecentAction,
  MemberStatus,
  MembershipStatus,
  PaymentMethodType,
  PaymentSubstatus,
  PlanType,
  ReceiptStatus,
  RefundStatus,
  ReleaseMethod,
  TaxBehavior,
  Visibility,
} from './whop-enums.type';

export type Metadata = Record<string, unknown>;

export type CompanyRecord = {
  id: string;
  title: string;
  route: string;
  description: string;
  ownerUserId: string;
  createdAt: number;
  updatedAt: number;
};

export type UserRecord = {
  id: string;
  username: string;
  name: string | null;
  email: string | null;
  bio: string | null;
  profilePictureUrl: string | null;
  createdAt: number;
  updatedAt: number;
};

export type MemberRecord = {
  id: string;
  companyId: string;
  userId: string;
  accessLevel: AccessLevel;
  status: MemberStatus;
  mostRecentAction: MemberMostRecentAction | null;
  mostRecentActionAt: number | null;
  phone: string | null;
  usdTotalSpent: number;
  joinedAt: number;
  createdAt: number;
  updatedAt: number;
};

export type ProductRecord = {
  id: string;
  companyId: string;
  title: string;
  headline: string | null;
  description: string | null;
  route: string;
  visibility: Visibility;
  externalIdentifier: string | null;
  metadata: Readonly<Metadata>;
  createdAt: number;
  updatedAt: number;
};

export type PlanRecord = {
  id: string;
  companyId: string;
  productId: string;
  title: string | null;
  description: string | null;
  planType: PlanType;
  billingPeriod: number | null;
  initialPrice: number;
  renewalPrice: number;
  currency: string;
  trialPeriodDays: number | null;
  expirationDays: number | null;
  visibility: Visibility;
  releaseMethod: ReleaseMethod;
  internalNotes: string | null;
  metadata: Readonly<Metadata>;
  createdAt: number;
  updatedAt: number;
};

export type MembershipRecord = {
  id: string;
  companyId: string;
  userId: string;
  memberId: string;
  planId: string;
  productId: string;
  status: MembershipStatus;
  cancelAtPeriodEnd: boolean;
  canceledAt: number | null;
  cancelOption: CancelOption | null;
  cancellationReason: string | null;
  currency: string;
  renewalPeriodStart: number | null;
  renewalPeriodEnd: number | null;
  licenseKey: string | null;
  metadata: Readonly<Metadata>;
  createdAt: number;
  updatedAt: number;
};

export type RefundRecord = {
  id: string;
  paymentId: string;
  amount: number;
  currency: string;
  status: RefundStatus;
  createdAt: number;
};

export type PaymentMethodRecord = {
  id: string;
  type: PaymentMethodType;
  cardBrand: CardBrand | null;
  cardLast4: string | null;
  expMonth: number | null;
  expYear: number | null;
  createdAt: number;
};

export type PaymentRecord = {
  id: string;
  companyId: string;
  membershipId: string;
  memberId: string;
  userId: string;
  planId: string;
  productId: string;
  // Whop leaves it null at times (WHOP_API.md: nullable in practice).
  status: ReceiptStatus | null;
  substatus: PaymentSubstatus;
  billingReason: BillingReason;
  currency: string;
  subtotal: number;
  taxAmount: number;
  taxBehavior: TaxBehavior;
  total: number;
  refundedAmount: number;
  refundedAt: number | null;
  refunds: readonly RefundRecord[];
  failureMessage: string | null;
  paidAt: number | null;
  paymentsFailed: number;
  lastPaymentAttempt: number | null;
  nextPaymentAttempt: number | null;
  paymentMethod: PaymentMethodRecord | null;
  createdAt: number;
  updatedAt: number;
};

export type WebhookEndpointRecord = {
  id: string;
  companyId: string;
  url: string;
  events: string[];
  apiVersion: 'v1';
  enabled: boolean;
  childResourceEvents: boolean;
  secret: string;
  createdAt: number;
  updatedAt: number;
};
