import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('User')
export class UserDTO {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;
}
