import { Query, Resolver } from '@nestjs/graphql';

import { AuthWorkspace } from 'src/engine/core-modules/auth/decorators/auth-workspace.decorator';
import { WorkspaceDTO } from 'src/engine/core-modules/workspace/dtos/workspace.dto';
import { Workspace } from 'src/engine/core-modules/workspace/workspace.entity';

@Resolver(() => WorkspaceDTO)
export class WorkspaceResolver {
  @Query(() => WorkspaceDTO)
  currentWorkspace(@AuthWorkspace() workspace: Workspace): WorkspaceDTO {
    return workspace;
  }
}
