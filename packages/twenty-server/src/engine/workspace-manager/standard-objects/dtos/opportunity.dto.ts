import { Field, ID, ObjectType } from '@nestjs/graphql';

import { CurrencyDTO } from 'src/engine/api/graphql/dtos/composite-fields.dto';

export type OpportunityRow = {
  id: string;
  name: string;
  amountAmountMicros: string | null;
  amountCurrencyCode: string | null;
  closeDate: Date | null;
  stage: string;
  pointOfContactId: string | null;
  companyId: string | null;
  whopMembershipId: string | null;
  whopMembershipStatus: string | null;
  whopProductId: string | null;
  whopPlanId: string | null;
  whopRenewalDate: Date | null;
  whopLastPaymentDate: Date | null;
  whopCancelAtPeriodEnd: boolean | null;
  whopMrrAmountMicros: string | null;
  whopMrrCurrencyCode: string | null;
  createdAt: Date;
  updatedAt: Date;
};

@ObjectType('Opportunity')
export class OpportunityDTO {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => CurrencyDTO) amount: CurrencyDTO;
  @Field(() => Date, { nullable: true }) closeDate: Date | null;
  @Field() stage: string;
  @Field(() => ID, { nullable: true }) pointOfContactId: string | null;
  @Field(() => ID, { nullable: true }) companyId: string | null;
  @Field(() => String, { nullable: true }) whopMembershipId: string | null;
  @Field(() => String, { nullable: true }) whopMembershipStatus: string | null;
  @Field(() => ID, { nullable: true }) whopProductId: string | null;
  @Field(() => String, { nullable: true }) whopPlanId: string | null;
  @Field(() => Date, { nullable: true }) whopRenewalDate: Date | null;
  @Field(() => Date, { nullable: true }) whopLastPaymentDate: Date | null;
  @Field(() => Boolean, { nullable: true }) whopCancelAtPeriodEnd: boolean | null;
  @Field(() => CurrencyDTO) whopMrr: CurrencyDTO;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const toOpportunityDTO = (row: OpportunityRow): OpportunityDTO => ({
  id: row.id,
  name: row.name,
  amount: { amountMicros: row.amountAmountMicros, currencyCode: row.amountCurrencyCode },
  closeDate: row.closeDate,
  stage: row.stage,
  pointOfContactId: row.pointOfContactId,
  companyId: row.companyId,
  whopMembershipId: row.whopMembershipId,
  whopMembershipStatus: row.whopMembershipStatus,
  whopProductId: row.whopProductId,
  whopPlanId: row.whopPlanId,
  whopRenewalDate: row.whopRenewalDate,
  whopLastPaymentDate: row.whopLastPaymentDate,
  whopCancelAtPeriodEnd: row.whopCancelAtPeriodEnd,
  whopMrr: { amountMicros: row.whopMrrAmountMicros, currencyCode: row.whopMrrCurrencyCode },
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});
