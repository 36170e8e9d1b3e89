import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { updateRecordById } from 'src/engine/api/graphql/utils/update-record-by-id.util';
import { AuthWorkspace } from 'src/engine/core-modules/auth/decorators/auth-workspace.decorator';
import { type Workspace } from 'src/engine/core-modules/workspace/workspace.entity';
import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import {
  TaskDTO,
  type TaskRow,
  toTaskDTO,
} from 'src/engine/workspace-manager/standard-objects/dtos/task.dto';
import {
  TaskDataInput,
  toTaskColumns,
} from 'src/engine/workspace-manager/standard-objects/inputs/task-data.input';

@Resolver(() => TaskDTO)
export class TaskMutationResolver {
  constructor(private readonly ormManager: GlobalWorkspaceOrmManager) {}

  // Checks a task off (or reopens it) and moves its due date.
  @Mutation(() => TaskDTO)
  async updateTask(
    @AuthWorkspace() workspace: Workspace,
    @Args('id', { type: () => ID }) id: string,
    @Args('data') data: TaskDataInput,
  ): Promise<TaskDTO> {
    const repository = await this.ormManager.getRepository<TaskRow>(workspace.id, 'task');

    return toTaskDTO(await updateRecordById(repository, id, toTaskColumns(data), 'Task'));
  }
}
