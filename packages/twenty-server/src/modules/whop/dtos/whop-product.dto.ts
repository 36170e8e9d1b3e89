import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

export type WhopProductRow = {
  id: string;
  whopId: string;
  name: string;
  description: string | null;
  visibility: string | null;
  memberCount: number | null;
  whopCreatedAt: Date | null;
  syncedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

@ObjectType('WhopProduct')
export class WhopProductDTO {
  @Field(() => ID) id: string;
  @Field() whopId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) visibility: string | null;
  @Field(() => Int, { nullable: true }) memberCount: number | null;
  @Field(() => Date, { nullable: true }) whopCreatedAt: Date | null;
  @Field(() => Date, { nullable: true }) syncedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const toWhopProductDTO = (row: WhopProductRow): WhopProductDTO => ({
  id: row.id,
  whopId: row.whopId,
  name: row.name,
  description: row.description,
  visibility: row.visibility,
  memberCount: row.memberCount,
  whopCreatedAt: row.whopCreatedAt,
  syncedAt: row.syncedAt,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});
