import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import {
  CurrencyDTO,
  EmailsDTO,
  FullNameDTO,
  PhonesDTO,
} from 'src/engine/api/graphql/dtos/composite-fields.dto';

export type PersonRow = {
  id: string;
  nameFirstName: string;
  nameLastName: string;
  emailsPrimaryEmail: string | null;
  emailsAdditionalEmails: string[] | null;
  phonesPrimaryPhoneNumber: string | null;
  phonesPrimaryPhoneCountryCode: string | null;
  jobTitle: string | null;
  city: string | null;
  avatarUrl: string | null;
  companyId: string | null;
  whopUserId: string | null;
  whopUsername: string | null;
  whopProfilePicUrl: string | null;
  whopCreatedAt: Date | null;
  whopLifetimeValueAmountMicros: string | null;
  whopLifetimeValueCurrencyCode: string | null;
  // Currency code → micros.
  whopLifetimeValues: Record<string, string> | null;
  whopActiveMemberships: number | null;
  createdAt: Date;
  updatedAt: Date;
};

@ObjectType('Person')
export class PersonDTO {
  @Field(() => ID) id: string;
  @Field(() => FullNameDTO) name: FullNameDTO;
  @Field(() => EmailsDTO) emails: EmailsDTO;
  @Field(() => PhonesDTO) phones: PhonesDTO;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) avatarUrl: string | null;
  @Field(() => ID, { nullable: true }) companyId: string | null;
  @Field(() => String, { nullable: true }) whopUserId: string | null;
  @Field(() => String, { nullable: true }) whopUsername: string | null;
  @Field(() => String, { nullable: true }) whopProfilePicUrl: string | null;
  @Field(() => Date, { nullable: true }) whopCreatedAt: Date | null;
  // The one amount shown where a single value fits (USD when the customer paid in USD).
  @Field(() => CurrencyDTO) whopLifetimeValue: CurrencyDTO;
  // Every currency the customer paid in, net of refunds: the one shown first, then by currency.
  @Field(() => [CurrencyDTO]) whopLifetimeValues: CurrencyDTO[];
  @Field(() => Int, { nullable: true }) whopActiveMemberships: number | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const toPersonDTO = (row: PersonRow): PersonDTO => ({
  id: row.id,
  name: { firstName: row.nameFirstName, lastName: row.nameLastName },
  emails: {
    primaryEmail: row.emailsPrimaryEmail,
    additionalEmails: row.emailsAdditionalEmails,
  },
  phones: {
    primaryPhoneNumber: row.phonesPrimaryPhoneNumber,
    primaryPhoneCountryCode: row.phonesPrimaryPhoneCountryCode,
  },
  jobTitle: row.jobTitle,
  city: row.city,
  avatarUrl: row.avatarUrl,
  companyId: row.companyId,
  whopUserId: row.whopUserId,
  whopUsername: row.whopUsername,
  whopProfilePicUrl: row.whopProfilePicUrl,
  whopCreatedAt: row.whopCreatedAt,
  whopLifetimeValue: {
    amountMicros: row.whopLifetimeValueAmountMicros,
    currencyCode: row.whopLifetimeValueCurrencyCode,
  },
  whopLifetimeValues: Object.entries(row.whopLifetimeValues ?? {})
    .sort(
      ([leftCode], [rightCode]) =>
        Number(rightCode === row.whopLifetimeValueCurrencyCode) -
          Number(leftCode === row.whopLifetimeValueCurrencyCode) ||
        leftCode.localeCompare(rightCode),
    )
    .map(([currencyCode, amountMicros]) => ({ amountMicros, currencyCode })),
  whopActiveMemberships: row.whopActiveMemberships,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});
