import { Field, InputType } from '@nestjs/graphql';

@InputType('PersonDataInput')
export class PersonDataInput {
  // null clears the name: a person's name parts are empty, never null.
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field({ nullable: true }) primaryEmail?: string;
  @Field({ nullable: true }) jobTitle?: string;
  @Field({ nullable: true }) city?: string;
}

export const toPersonColumns = (data: PersonDataInput) => ({
  ...(data.firstName !== undefined && { nameFirstName: data.firstName ?? '' }),
  ...(data.lastName !== undefined && { nameLastName: data.lastName ?? '' }),
  ...(data.primaryEmail !== undefined && { emailsPrimaryEmail: data.primaryEmail }),
  ...(data.jobTitle !== undefined && { jobTitle: data.jobTitle }),
  ...(data.city !== undefined && { city: data.city }),
});
