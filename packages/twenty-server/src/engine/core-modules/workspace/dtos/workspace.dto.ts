import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Workspace')
export class WorkspaceDTO {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  createdAt: Date;
}
