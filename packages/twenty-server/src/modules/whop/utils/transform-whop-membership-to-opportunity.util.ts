import { isDefined } from 'twenty-shared';

import { type WhopMembership, type WhopPlan } from 'src/modules/whop/types/whop-api.types';
import { type WhopOpportunityColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { computeWhopMrrMicros } from 'src/modules/whop/utils/compute-whop-mrr-micros.util';
import { endWhopMrrUnlessHeld } from 'src/modules/whop/utils/end-whop-mrr-unless-held.util';
import { computeWhopPlanPrice } from 'src/modules/whop/utils/compute-whop-plan-price.util';
import { mapWhopMembershipStatusToOpportunityStage } from 'src/modules/whop/utils/map-whop-membership-status-to-opportunity-stage.util';
import { normalizeWhopCurrencyCode } from 'src/modules/whop/utils/normalize-whop-currency-code.util';
import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';
import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';
import { parseWhopRelatedId } from 'src/modules/whop/utils/parse-whop-related-id.util';

const NAME_SEPARATOR = ' — ';

// The member an opportunity named after its member was named after, read back from its name (a
// product title may hold the separator, a member's name hardly): null for a name not built so.
export const readWhopOpportunityMemberName = (name: string): string | null => {
  const at = name.lastIndexOf(NAME_SEPARATOR);

  return at === -1 ? null : parseWhopOptionalText(name.slice(at + NAME_SEPARATOR.length));
};

// A Whop membership (+ its plan, when known) → opportunity columns. `productTitle` and
// `memberDisplayName` come from the caller's records and fall back to what the membership embeds.
// Name: "<product title> — <plan title, or the member's name when the plan has no title>".
// MRR: the plan's, while the customer holds the membership; 0 once it has ended (nothing recurs).
export const transformWhopMembershipToOpportunity = ({
  membership,
  plan,
  productTitle,
  memberDisplayName,
}: {
  membership: WhopMembership;
  plan: WhopPlan | null | undefined;
  productTitle?: string | null;
  memberDisplayName?: string | null;
}): WhopOpportunityColumns => {
  const productWhopId =
    parseWhopRelatedId(membership, 'product') ??
    (isDefined(plan) ? parseWhopRelatedId(plan, 'product') : null);
  const productPart =
    parseWhopOptionalText(productTitle) ??
    parseWhopOptionalText(membership.product?.title) ??
    parseWhopOptionalText(plan?.product?.title) ??
    productWhopId ??
    'Whop';
  const subjectPart =
    parseWhopOptionalText(plan?.title) ??
    parseWhopOptionalText(memberDisplayName) ??
    parseWhopOptionalText(membership.user?.name) ??
    parseWhopOptionalText(membership.user?.username) ??
    membership.id;
  const price = computeWhopPlanPrice(plan);
  const mrr = computeWhopMrrMicros(plan);
  const membershipCurrencyCode = normalizeWhopCurrencyCode(membership.currency);

  return {
    name: `${productPart}${NAME_SEPARATOR}${subjectPart}`,
    amountAmountMicros: price?.amountMicros ?? null,
    amountCurrencyCode: price?.currencyCode ?? membershipCurrencyCode,
    whopMembershipId: membership.id,
    whopMembershipStatus: membership.status,
    whopPlanId: parseWhopRelatedId(membership, 'plan') ?? plan?.id ?? null,
    whopProductWhopId: productWhopId,
    whopUserId: parseWhopRelatedId(membership, 'user'),
    whopRenewalDate: parseWhopDate(membership.renewal_period_end),
    whopCancelAtPeriodEnd: membership.cancel_at_period_end === true,
    whopMrrAmountMicros: endWhopMrrUnlessHeld(membership.status, mrr?.amountMicros ?? null),
    whopMrrCurrencyCode: mrr?.currencyCode ?? membershipCurrencyCode,
    // Won when the membership was created (joined_at is the user's first join to the company).
    closeDate: parseWhopDate(membership.created_at),
    stageWhenActive: mapWhopMembershipStatusToOpportunityStage(membership.status),
    whopUpdatedAt: parseWhopDate(membership.updated_at),
  };
};
