import { Field, ObjectType } from '@nestjs/graphql';

import { UserDTO } from 'src/engine/core-modules/user/dtos/user.dto';
import { WorkspaceDTO } from 'src/engine/core-modules/workspace/dtos/workspace.dto';

@ObjectType('AuthTokens')
export class AuthTokensDTO {
  @Field()
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => WorkspaceDTO)
  workspace: WorkspaceDTO;

  @Field(() => UserDTO)
  user: UserDTO;
}
