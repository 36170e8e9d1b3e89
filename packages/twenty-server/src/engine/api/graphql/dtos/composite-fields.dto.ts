import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('FullName')
export class FullNameDTO {
  @Field() firstName: string;
  @Field() lastName: string;
}

@ObjectType('Emails')
export class EmailsDTO {
  @Field(() => String, { nullable: true }) primaryEmail: string | null;
  @Field(() => [String], { nullable: true }) additionalEmails: string[] | null;
}

@ObjectType('Phones')
export class PhonesDTO {
  @Field(() => String, { nullable: true }) primaryPhoneNumber: string | null;
  @Field(() => String, { nullable: true }) primaryPhoneCountryCode: string | null;
}

@ObjectType('Links')
export class LinksDTO {
  @Field(() => String, { nullable: true }) primaryLinkUrl: string | null;
  @Field(() => String, { nullable: true }) primaryLinkLabel: string | null;
}

// amountMicros is a decimal string: micros exceed JavaScript's safe integers.
@ObjectType('Currency')
export class CurrencyDTO {
  @Field(() => String, { nullable: true }) amountMicros: string | null;
  @Field(() => String, { nullable: true }) currencyCode: string | null;
}
