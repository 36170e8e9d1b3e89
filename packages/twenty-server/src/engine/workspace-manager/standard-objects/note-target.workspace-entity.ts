import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const NOTE_TARGET_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'noteTarget',
  namePlural: 'noteTargets',
  fields: {
    noteId: { type: 'uuid', nullable: false },
    personId: { type: 'uuid' },
    companyId: { type: 'uuid' },
    opportunityId: { type: 'uuid' },
  },
};
