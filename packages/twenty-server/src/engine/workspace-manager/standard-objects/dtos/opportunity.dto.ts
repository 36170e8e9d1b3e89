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
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});
