import { Field, Float, ID, InputType, registerEnumType } from '@nestjs/graphql';

export enum FilterIs {
  NULL = 'NULL',
  NOT_NULL = 'NOT_NULL',
}

registerEnumType(FilterIs, { name: 'FilterIs' });

@InputType()
export class IdFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => ID, { nullable: true }) neq?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
  @Field(() => FilterIs, { nullable: true }) is?: FilterIs;
}

@InputType()
export class StringFilter {
  @Field({ nullable: true }) eq?: string;
  @Field({ nullable: true }) neq?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field({ nullable: true }) like?: string;
  @Field({ nullable: true }) ilike?: string;
  @Field(() => FilterIs, { nullable: true }) is?: FilterIs;
}

@InputType()
export class DateFilter {
  @Field({ nullable: true }) eq?: Date;
  @Field({ nullable: true }) gt?: Date;
  @Field({ nullable: true }) gte?: Date;
  @Field({ nullable: true }) lt?: Date;
  @Field({ nullable: true }) lte?: Date;
  @Field(() => FilterIs, { nullable: true }) is?: FilterIs;
}

// Numbers travel as strings too (amountMicros exceeds 2^53); both forms are accepted.
@InputType()
export class NumberFilter {
  @Field(() => Float, { nullable: true }) eq?: number;
  @Field(() => Float, { nullable: true }) gt?: number;
  @Field(() => Float, { nullable: true }) gte?: number;
  @Field(() => Float, { nullable: true }) lt?: number;
  @Field(() => Float, { nullable: true }) lte?: number;
  @Field(() => [Float], { nullable: true }) in?: number[];
  @Field(() => FilterIs, { nullable: true }) is?: FilterIs;
}

@InputType()
export class BooleanFilter {
  @Field({ nullable: true }) eq?: boolean;
  @Field(() => FilterIs, { nullable: true }) is?: FilterIs;
}
