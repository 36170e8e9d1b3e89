import { registerEnumType } from '@nestjs/graphql';
import { TASK_STATUSES, type TaskStatus } from 'twenty-shared';

// Twenty's task statuses as a GraphQL enum: any other value is refused before a resolver runs.
export const TaskStatusGraphQLEnum = Object.fromEntries(
  TASK_STATUSES.map((status) => [status, status]),
) as { [Status in TaskStatus]: Status };

registerEnumType(TaskStatusGraphQLEnum, { name: 'TaskStatusEnum' });
