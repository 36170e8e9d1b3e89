import { Field, InputType } from '@nestjs/graphql';
import { isDefined, type TaskStatus } from 'twenty-shared';

import { TaskStatusGraphQLEnum } from 'src/engine/workspace-manager/standard-objects/enums/task-status.enum';

@InputType('TaskDataInput')
export class TaskDataInput {
  // null is the same as leaving it out: a task always has a status.
  @Field(() => TaskStatusGraphQLEnum, { nullable: true }) status?: TaskStatus | null;
  // null clears the due date (a follow-up task gets one again only with a new failure).
  @Field(() => Date, { nullable: true }) dueAt?: Date | null;
}

export const toTaskColumns = (data: TaskDataInput) => ({
  ...(isDefined(data.status) && { status: data.status }),
  ...(data.dueAt !== undefined && { dueAt: data.dueAt }),
});
