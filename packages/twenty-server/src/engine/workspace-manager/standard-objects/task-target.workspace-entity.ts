import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const TASK_TARGET_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'taskTarget',
  namePlural: 'taskTargets',
  fields: {
    taskId: { type: 'uuid', nullable: false },
    personId: { type: 'uuid' },
    companyId: { type: 'uuid' },
    opportunityId: { type: 'uuid' },
  },
};
