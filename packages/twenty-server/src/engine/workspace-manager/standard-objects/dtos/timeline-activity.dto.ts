import { Field, ID, ObjectType } from '@nestjs/graphql';

import { GraphQLJSON } from 'src/engine/api/graphql/scalars/json.scalar';

export type TimelineActivityRow = {
  id: string;
  name: string;
  happensAt: Date;
  properties: Record<string, unknown> | null;
  targetPersonId: string | null;
  targetCompanyId: string | null;
  targetOpportunityId: string | null;
  linkedRecordId: string | null;
  linkedRecordCachedName: string | null;
  createdAt: Date;
};

@ObjectType('TimelineActivity')
export class TimelineActivityDTO {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() happensAt: Date;
  @Field(() => GraphQLJSON, { nullable: true }) properties: Record<string, unknown> | null;
  @Field(() => ID, { nullable: true }) targetPersonId: string | null;
  @Field(() => ID, { nullable: true }) targetCompanyId: string | null;
  @Field(() => ID, { nullable: true }) targetOpportunityId: string | null;
  @Field(() => ID, { nullable: true }) linkedRecordId: string | null;
  @Field(() => String, { nullable: true }) linkedRecordCachedName: string | null;
  @Field() createdAt: Date;
}

export const toTimelineActivityDTO = (row: TimelineActivityRow): TimelineActivityDTO => ({
  ...row,
});
