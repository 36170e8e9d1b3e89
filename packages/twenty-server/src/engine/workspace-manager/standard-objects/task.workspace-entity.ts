import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const TASK_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'task',
  namePlural: 'tasks',
  fields: {
    title: { type: 'text' },
    bodyV2Markdown: { type: 'text' },
    status: { type: 'text', nullable: false },
    dueAt: { type: 'timestamptz' },
    assigneeId: { type: 'uuid' },
  },
};
