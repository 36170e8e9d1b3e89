import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const NOTE_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'note',
  namePlural: 'notes',
  fields: {
    title: { type: 'text' },
    bodyV2Markdown: { type: 'text' },
  },
};
